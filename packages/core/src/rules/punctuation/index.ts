import type {Rule} from '../../engine/rule.js'
import dashForm from './dash-form.js'
import ellipsisForm from './ellipsis-form.js'
import enumerationComma from './enumeration-comma.js'
import interpunctForm from './interpunct-form.js'
import nestedMarks from './nested-marks.js'
import noDoubledMarks from './no-doubled-marks.js'
import noHalfwidthInChinese from './no-halfwidth-in-chinese.js'
import noMarkAtLineStart from './no-mark-at-line-start.js'
import noPeriodInHeading from './no-period-in-heading.js'
import noSpaceInChinese from './no-space-in-chinese.js'
import noStraightQuotes from './no-straight-quotes.js'
import pairedMarks from './paired-marks.js'
import titleMarksScope from './title-marks-scope.js'

/** Punctuation rules (GB/T 15834-2011), in documentation order. */
export const punctuationRules: ReadonlyArray<Rule<string, any>> = [
  noHalfwidthInChinese,
  noStraightQuotes,
  noSpaceInChinese,
  pairedMarks,
  nestedMarks,
  ellipsisForm,
  dashForm,
  interpunctForm,
  enumerationComma,
  noDoubledMarks,
  noMarkAtLineStart,
  noPeriodInHeading,
  titleMarksScope,
]
