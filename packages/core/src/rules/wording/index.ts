import type {Rule} from '../../engine/rule.js'

/** Official wording rules (规范表述, protected names, 禁用词), in documentation order. */
export const wordingRules: ReadonlyArray<Rule<string, any>> = []
