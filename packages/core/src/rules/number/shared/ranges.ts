import {isFourDigitYear} from '../../shared/years.js'

/** Two numbers joined by a connector (3-5月, 25～30g, 9:00-17:00), and whether they form a range. */

export interface NumberToken {
  start: number
  end: number
  text: string
  /** The value compared across the connector: minutes for a time, else the number. */
  value: number
}

export interface NumberPair {
  first: NumberToken
  /** A unit written right after the first number, before the connector (`10%`-20%, `8日`-10日). */
  firstUnit: string
  /** The connector and the spaces around it. */
  connector: {start: number; end: number; mark: string}
  second: NumberToken
}

/**
 * A time or a plain number, a unit, a connector (right: — ～; wrong: - – ~ 〜 －) with
 * optional spaces, then a second time or number. The first number starts where a digit run
 * starts: trying every digit of a long run would make the scan quadratic.
 */
const pairPattern = /(?<!\d)(\d{1,2}:\d{2}|\d+(?:\.\d+)?)([%％‰℃年月日时]?)( ?)([-–~〜－～—])( ?)(\d{1,2}:\d{2}|\d+(?:\.\d+)?)/g

function tokenOf(text: string, start: number): NumberToken {
  const [hours, minutes] = text.split(':')
  const value = minutes === undefined ? Number(text) : Number(hours) * 60 + Number(minutes)
  return {start, end: start + text.length, text, value}
}

/** Every pair of numbers joined by a connector, left to right. */
export function findNumberPairs(text: string): NumberPair[] {
  const pairs: NumberPair[] = []
  for (const match of text.matchAll(pairPattern)) {
    const [, first = '', firstUnit = '', spaceBefore = '', mark = '', spaceAfter = '', second = ''] = match
    const connectorStart = match.index + first.length + firstUnit.length
    const connectorEnd = connectorStart + spaceBefore.length + mark.length + spaceAfter.length
    pairs.push({
      first: tokenOf(first, match.index),
      firstUnit,
      connector: {start: connectorStart, end: connectorEnd, mark},
      second: tokenOf(second, connectorEnd),
    })
  }
  return pairs
}

/** Words right before a number that make it a code: 图2-8, 表3-1, 式（2-1）, 附件1-2. */
const codePrefix = /(?:图|表|式|附件|附录|例|题|号|码|型|款式|批次|版|[A-Za-z/._#+:\-–])\s?$/

/** Words shortly before a number that make it a phone number or other contact code. */
const contactCue = /电话|传真|热线|手机|邮编|号码|联系方式|[Tt]el|[Ff]ax/

/** A code is written with a leading zero (010, 05); a decimal such as 0.5 is not. */
function hasLeadingZero(token: NumberToken): boolean {
  return token.text.length > 1 && token.text.startsWith('0') && !token.text.startsWith('0.')
}

/**
 * Whether the pair is part of a code rather than a range: a phone number, an ISO date, a
 * figure number, a standard's number (GB/T 15834-2011), a product model, or a longer chain
 * (978-7-5000-1234, 2024-05-01). Ranges run upwards, so `2024-5` (a month) and `3-1` (a
 * figure) are codes too.
 */
export function isCodeLike(text: string, pair: NumberPair): boolean {
  const {first, second} = pair
  if (dateUnits.includes(pair.firstUnit)) return !isDateRange(text, pair)
  if (codePrefix.test(text.slice(Math.max(0, first.start - 4), first.start))) return true
  if (contactCue.test(text.slice(Math.max(0, first.start - 12), first.start))) return true
  if (/^[-–./:_]\d/.test(text.slice(second.end, second.end + 2))) return true
  if (/^[A-Za-z]/.test(text.slice(second.end, second.end + 1)) && !latinUnitAt(text, second.end)) return true
  if (hasLeadingZero(first) || hasLeadingZero(second)) return true
  return !(first.value < second.value)
}

const dateUnits = ['年', '月', '日', '时']

/**
 * A range written with a date unit on both ends: 8日-10日, 3月-5月, 2019年-2021年, and
 * across units 5月8日-6月10日, where the numbers need not ascend.
 */
function isDateRange(text: string, pair: NumberPair): boolean {
  const after = text.slice(pair.second.end, pair.second.end + 1)
  if (!dateUnits.includes(after)) return false
  return after !== pair.firstUnit || pair.first.value < pair.second.value
}

/** Unit symbols that may follow the second number of a range: 25～30g, 3-5km. */
const latinUnit = /^(?:mg|g|kg|t|mm|cm|m|km|ml|mL|L|h|min|s|kW|W|MW|Hz|kV|V|dB|m2|m3|m²|m³)(?![A-Za-z])/

function latinUnitAt(text: string, index: number): boolean {
  return latinUnit.test(text.slice(index, index + 4))
}

/** Words after a number that make the pair a code, not a quantity: 1-3号, 3-5型. */
const codeSuffix = /^[号型式]/

/** Whether a four-digit number reads as a year. */
export function isYear(token: NumberToken): boolean {
  return isFourDigitYear(token.text)
}

/**
 * Whether something after the second number shows the pair counts or measures: a Han word
 * (月, 个, 万元), a percent or degree sign, a unit symbol; two years or two times need nothing more.
 */
export function isQuantity(text: string, pair: NumberPair): boolean {
  const after = text.slice(pair.second.end, pair.second.end + 1)
  if (isYear(pair.first) && isYear(pair.second)) return true
  if (pair.first.text.includes(':') && pair.second.text.includes(':')) return true
  if (/^[%％‰℃°]/.test(after) || latinUnitAt(text, pair.second.end)) return true
  return /^\p{Script=Han}/u.test(after) && !codeSuffix.test(after)
}
