import type {Rule} from '../../engine/rule.js'

/** Content-security rules (injected spam, hidden links), in documentation order. */
export const securityRules: ReadonlyArray<Rule<string, any>> = []
