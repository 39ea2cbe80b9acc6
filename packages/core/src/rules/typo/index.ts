import type {Rule} from '../../engine/rule.js'
import noRepeatedWord from './no-repeated-word.js'
import suspiciousCharacter from './suspicious-character.js'
import userDictionary from './user-dictionary.js'

/** Typo and misused-word rules, in documentation order. */
export const typoRules: ReadonlyArray<Rule<string, any>> = [noRepeatedWord, userDictionary, suspiciousCharacter]
