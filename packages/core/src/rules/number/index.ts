import type {Rule} from '../../engine/rule.js'
import chineseYearZero from './chinese-year-zero.js'
import dateFormat from './date-format.js'
import digitGrouping from './digit-grouping.js'
import noAbbreviatedYear from './no-abbreviated-year.js'
import noArabicApproximation from './no-arabic-approximation.js'
import noFullwidthDigit from './no-fullwidth-digit.js'
import noMixedNumeral from './no-mixed-numeral.js'
import noRangeUnitElision from './no-range-unit-elision.js'
import noRedundantApproximation from './no-redundant-approximation.js'
import rangeConnector from './range-connector.js'
import timeFormat from './time-format.js'

/** Number rules (GB/T 15835-2011), in documentation order. */
export const numberRules: ReadonlyArray<Rule<string, any>> = [
  noFullwidthDigit,
  noArabicApproximation,
  noRedundantApproximation,
  digitGrouping,
  noMixedNumeral,
  rangeConnector,
  noRangeUnitElision,
  chineseYearZero,
  noAbbreviatedYear,
  dateFormat,
  timeFormat,
]
