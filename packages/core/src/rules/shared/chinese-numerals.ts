/** Chinese numerals: digit by digit in years and 编号 (二〇〇八), and up to 九十九 as 序次语 (一、 （十二）) write them. */

/** Chinese numerals for 0–9 as written in years and other 编号 (〇, not 零). */
export const chineseDigits = '〇一二三四五六七八九'

const digits = chineseDigits.slice(1)

/** The Chinese numeral of a digit 0–9. */
export function chineseDigit(digit: number): string {
  return chineseDigits[digit]!
}

/** 二〇〇八 ↔ 2008, digit by digit, as years are written. */
export function convertYear(year: string): string {
  return [...year].map((char) => (/\d/.test(char) ? chineseDigit(Number(char)) : String(chineseDigits.indexOf(char)))).join('')
}

function digitValue(char: string | undefined): number | undefined {
  const index = char === undefined ? -1 : digits.indexOf(char)
  return index === -1 ? undefined : index + 1
}

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 九十九 → 99; anything else (二二, 十十) → undefined. */
export function parseChineseNumeral(numeral: string): number | undefined {
  const ten = numeral.indexOf('十')
  if (ten === -1) return numeral.length === 1 ? digitValue(numeral) : undefined
  const tens = ten === 0 ? 1 : ten === 1 ? digitValue(numeral[0]) : undefined
  const rest = numeral.slice(ten + 1)
  const units = rest === '' ? 0 : rest.length === 1 ? digitValue(rest) : undefined
  return tens === undefined || units === undefined ? undefined : tens * 10 + units
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (1–99). */
export function formatChineseNumeral(value: number): string {
  const tens = Math.floor(value / 10)
  const units = value % 10
  const unitText = units === 0 ? '' : digits[units - 1]!
  if (tens === 0) return unitText
  return `${tens === 1 ? '' : digits[tens - 1]!}十${unitText}`
}
