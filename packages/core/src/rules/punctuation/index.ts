import type {Rule} from '../../engine/rule.js'
import noHalfwidthInChinese from './no-halfwidth-in-chinese.js'
import noSpaceInChinese from './no-space-in-chinese.js'

/** Punctuation rules (GB/T 15834-2011), in documentation order. */
export const punctuationRules: ReadonlyArray<Rule<string, any>> = [noHalfwidthInChinese, noSpaceInChinese]
