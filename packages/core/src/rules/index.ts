import type {Rule} from '../engine/rule.js'
import {siteRules} from './linkage/index.js'
import {documentRules} from './document/index.js'
import {numberRules} from './number/index.js'
import {privacyRules} from './privacy/index.js'
import {punctuationRules} from './punctuation/index.js'
import {securityRules} from './security/index.js'
import {typoRules} from './typo/index.js'
import {wordingRules} from './wording/index.js'

/** Every rule shenjiao ships, in documentation order; each category keeps its own list. */
export const rules: ReadonlyArray<Rule<string, any>> = [
  ...punctuationRules,
  ...numberRules,
  ...documentRules,
  ...typoRules,
  ...wordingRules,
  ...privacyRules,
  ...securityRules,
]

export {siteRules}

/** Every rule, document rules then site rules: what configuration may name and reports describe. */
export const everyRule = [...rules, ...siteRules]

/** The ids of every rule, document and site rules alike. */
export const ruleIds: ReadonlySet<string> = new Set(everyRule.map((rule) => rule.id))
