import type {ProseSegment} from '../../engine/rule.js'
import {passesLuhn} from './shared/checksum.js'
import {labelOf, type CueKind} from './shared/cues.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'
import {isResidentIdNumber} from './shared/resident-id.js'
import {ownerOf, scan} from './shared/scan.js'
import {compact, maskKeeping, revealsTooMuch} from './shared/text.js'

type MessageId = 'exposed' | 'unverified' | 'partial'

/** 16 to 19 digits, in one piece or in groups of four split by spaces or hyphens. */
const cardNumber =
  /(?<![0-9A-Za-z*×●@_.\-/¥$])(?:\d{16,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?)(?![0-9A-Za-z*×●@_\-/]|\.\d)/g

/** The same with mask characters: 6222 **** **** 1234, 622202******1234. */
const maskedCardNumber =
  /(?<![0-9A-Za-z*×●@_.\-/])(?:[\d*×●]{16,19}|[\d*×●]{4}([ -])[\d*×●]{4}\1[\d*×●]{4}\1[\d*×●]{4}(?:\1[\d*×●]{1,3})?)(?![0-9A-Za-z*×●@_\-/])/g

/**
 * Issuer ranges of cards used in China: UnionPay 62 (and 60, 65, 81), Visa 4, Mastercard
 * 51–55 and 2221–2720, JCB 35, and the pre-UnionPay domestic 95xx (9558).
 */
const issuerPrefix = /^(?:62|60|65|81|4|5[1-5]|2[2-7]|35|95)/

/** Field words under which a number is something else. */
const otherFields: readonly CueKind[] = ['id-card', 'passport', 'travel-permit', 'military-id', 'not-personal']

/**
 * Bank card numbers: 16–19 digits of a known issuer range that pass the Luhn check. A well-
 * formed identity number is left to privacy/id-card; a number under 账号 or 账户 only when
 * a private person owns it (an office's account for fees is public); one under 卡号 that
 * fails the check is still reported, at lower severity.
 */
function findUnmasked(segment: ProseSegment): Array<Leak<MessageId>> {
  const scanned = scan(segment)
  const {text, cues} = scanned
  const leaks: Array<Leak<MessageId>> = []
  for (const match of text.matchAll(cardNumber)) {
    const value = match[0]
    const digits = compact(value)
    const label = labelOf(cues, text, match.index, [...otherFields, 'bank-card', 'bank-account'])
    if (label && otherFields.includes(label.kind)) continue
    const valid = issuerPrefix.test(digits) && passesLuhn(digits)
    if (!label && digits.length === 18 && isResidentIdNumber(digits)) continue
    if (!valid && label?.kind !== 'bank-card') continue
    const owner = ownerOf(scanned, match.index)
    if (owner === 'official' || (label?.kind === 'bank-account' && owner !== 'private')) continue
    leaks.push({
      messageId: valid ? 'exposed' : 'unverified',
      start: match.index,
      end: match.index + value.length,
      identifier: digits,
      masked: maskKeeping(value, 0, 4),
      ...(!valid && {lowerSeverity: true}),
    })
  }
  return leaks
}

/** Masked card numbers under a bank field word that show more than the first 6 and last 4 digits. */
function findPartlyMasked(segment: ProseSegment): Array<Leak<MessageId>> {
  const {text, cues} = scan(segment)
  const leaks: Array<Leak<MessageId>> = []
  for (const match of text.matchAll(maskedCardNumber)) {
    const value = match[0]
    if (!/[*×●]/.test(value) || !revealsTooMuch(value, 6, 4)) continue
    if (!labelOf(cues, text, match.index, ['bank-card', 'bank-account'])) continue
    leaks.push({
      messageId: 'partial',
      start: match.index,
      end: match.index + value.length,
      identifier: compact(value),
      masked: maskKeeping(value, 0, 4),
    })
  }
  return leaks
}

/** Bank card numbers a document shows in full or only partly masked. */
export function findBankCards(segment: ProseSegment): Array<Leak<MessageId>> {
  return [...findUnmasked(segment), ...findPartlyMasked(segment)]
}

export default definePrivacyRule({
  id: 'privacy/bank-card',
  severity: 'error',
  recommended: true,
  messages: {
    exposed: '出现未脱敏的银行卡号，应脱敏为“{expected}”',
    unverified: '疑似银行卡号（校验未通过）未脱敏，应脱敏为“{expected}”',
    partial: '银行卡号脱敏不足，最多保留前六位和后四位，应为“{expected}”',
  },
  find: findBankCards,
})
