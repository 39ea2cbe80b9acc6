/** Chinese numerals for 0–9 as written in years and other 编号 (〇, not 零). */
export const chineseDigits = '〇一二三四五六七八九'

/** The Chinese numeral of a digit 0–9. */
export function chineseDigit(digit: number): string {
  return chineseDigits[digit]!
}

/** 二〇〇八 ↔ 2008, digit by digit, as years are written. */
export function convertYear(year: string): string {
  return [...year].map((char) => (/\d/.test(char) ? chineseDigit(Number(char)) : String(chineseDigits.indexOf(char)))).join('')
}
