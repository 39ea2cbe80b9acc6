import type {Rule} from '../../engine/rule.js'

/** 公文 convention rules (GB/T 9704-2012), in documentation order. */
export const documentRules: ReadonlyArray<Rule<string, any>> = []
