import type {Rule} from '../engine/rule.js'
import noHalfwidthInChinese from './punctuation/no-halfwidth-in-chinese.js'
import noSpaceInChinese from './punctuation/no-space-in-chinese.js'
import noRepeatedWord from './typo/no-repeated-word.js'
import userDictionary from './typo/user-dictionary.js'

/** Every rule shenjiao ships, in documentation order. */
export const rules: ReadonlyArray<Rule<string, any>> = [
  noHalfwidthInChinese,
  noSpaceInChinese,
  noRepeatedWord,
  userDictionary,
]

export const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.id))
