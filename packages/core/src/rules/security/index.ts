import type {Rule} from '../../engine/rule.js'
import noHiddenContent from './no-hidden-content.js'
import noInjectedSpam from './no-injected-spam.js'

/** Content-security rules (injected spam, hidden links), in documentation order. */
export const securityRules: ReadonlyArray<Rule<string, any>> = [noInjectedSpam, noHiddenContent]
