/** Years written with Arabic digits, as number rules and 发文字号 read them. */

/** Whether digits read as a four-digit year (1xxx or 2xxx). */
export function isFourDigitYear(digits: string): boolean {
  return /^[12]\d{3}$/.test(digits)
}

/** The full years a two-digit one may stand for, likelier century first: 17 → 2017, 1917; 98 → 1998, 2098. */
export function fullYears(digits: string): string[] {
  return Number(digits) <= 50 ? [`20${digits}`, `19${digits}`] : [`19${digits}`, `20${digits}`]
}
