import type {Rule} from '../../engine/rule.js'
import confusedWord from './confused-word.js'
import noRepeatedWord from './no-repeated-word.js'
import traditionalChar from './traditional-char.js'
import userDictionary from './user-dictionary.js'
import variantForm from './variant-form.js'

/** Typo and misused-word rules, in documentation order. */
export const typoRules: ReadonlyArray<Rule<string, any>> = [
  noRepeatedWord,
  confusedWord,
  variantForm,
  traditionalChar,
  userDictionary,
]
