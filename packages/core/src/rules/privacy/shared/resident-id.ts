import {dictionaryWords} from '../../../dictionaries/registry.js'
import {hasValidIdCheckChar} from './checksum.js'

/** Province-level codes whose residence permits (港澳台居民居住证) carry the bare code: 810000. */
const bareProvinceCodes = new Set(['71', '81', '82', '83'])

/**
 * Whether the six-digit address code can start an identity number: a GB/T 2260 province
 * code, then a prefecture number in use (01–70, or 90 for counties under the province);
 * Taiwan, Hong Kong and Macau codes stand alone (710000, 810000, 820000, 830000). County
 * digits are not checked: numbers issued under abolished county codes stay valid for life.
 */
export function hasValidRegion(code: string): boolean {
  const province = code.slice(0, 2)
  if (!dictionaryWords('gb2260-provinces').has(province)) return false
  const rest = code.slice(2, 6)
  if (bareProvinceCodes.has(province)) return rest === '0000'
  const prefecture = Number(rest.slice(0, 2))
  return (prefecture >= 1 && prefecture <= 70) || prefecture === 90
}

/** Whether `yyyymmdd` is a calendar date from 1900 up to the current year. */
export function isBirthDate(yyyymmdd: string, currentYear = new Date().getFullYear()): boolean {
  if (!/^\d{8}$/.test(yyyymmdd)) return false
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  if (year < 1900 || year > currentYear) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Whether an identity number is well formed: 18 characters (GB 11643-1999: address code,
 * birth date, sequence, check character) or the legacy 15 digits (address code, YYMMDD of a
 * 19xx birth date, sequence). The 18-character form may end in an upper-case X.
 */
export function isResidentIdNumber(id: string): boolean {
  if (id.length === 18) return hasValidIdCheckChar(id) && hasValidRegion(id) && isBirthDate(id.slice(6, 14))
  if (id.length === 15) return /^\d{15}$/.test(id) && hasValidRegion(id) && isBirthDate(`19${id.slice(6, 12)}`)
  return false
}
