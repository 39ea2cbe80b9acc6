import type {Rule} from '../../engine/rule.js'

/** Number rules (GB/T 15835-2011), in documentation order. */
export const numberRules: ReadonlyArray<Rule<string, any>> = []
