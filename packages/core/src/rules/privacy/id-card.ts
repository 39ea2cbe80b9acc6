import type {ProseSegment} from '../../engine/rule.js'
import {fieldKinds, labelOf} from './shared/cues.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'
import {hasValidRegion, isResidentIdNumber} from './shared/resident-id.js'
import {scan} from './shared/scan.js'
import {compact, isMaskChar, maskKeeping, revealsTooMuch} from './shared/text.js'

type MessageId = 'exposed' | 'unverified' | 'partial'

/** 18 characters, optionally grouped 6-8-4 by spaces or hyphens, or the legacy 15 digits. */
const idNumber = /(?<![0-9A-Za-z*×●@_.\-/])\d{6}(?:([ -]?)\d{8}\1\d{3}[\dXx]|\d{9})(?![0-9A-Za-z*×●@_\-/]|\.\d)/g

/** 15 or 18 digits and mask characters: 110105********002X, 1101051949******2X. */
const maskedIdNumber = /(?<![0-9A-Za-z*×●@_.\-/])[\dXx*×●]{15,18}(?![0-9A-Za-z*×●@_\-/]|\.\d)/g

/** Other numbers an 18-digit string may be: 统一社会信用代码, 编号, 卡号, 护照号. */
const otherFields = fieldKinds.filter((kind) => kind !== 'id-card')

/** Keeps the address code and the last four characters: 110105********002X. */
function maskId(id: string): string {
  return maskKeeping(id, 6, 4)
}

/**
 * Unmasked identity numbers. A well-formed one (GB 11643 check character, a GB/T 2260
 * region, a real birth date) is reported wherever it stands unless another field word
 * labels it; an 18-character string that is not well formed, or a 15-digit one, only
 * when 身份证号码 or the like labels it, the former at lower severity.
 */
function findUnmasked(segment: ProseSegment): Array<Leak<MessageId>> {
  const {text, cues} = scan(segment)
  const leaks: Array<Leak<MessageId>> = []
  for (const match of text.matchAll(idNumber)) {
    const start = match.index
    const value = match[0]
    const identifier = compact(value)
    if (labelOf(cues, text, start, otherFields)) continue
    const wellFormed = isResidentIdNumber(identifier)
    const labelled = labelOf(cues, text, start, ['id-card']) !== undefined
    if (!labelled && (!wellFormed || identifier.length === 15)) continue
    leaks.push({
      messageId: wellFormed ? 'exposed' : 'unverified',
      start,
      end: start + value.length,
      identifier,
      masked: maskId(value.toUpperCase()),
      ...(!wellFormed && {lowerSeverity: true}),
    })
  }
  return leaks
}

/** Whether a string of digits and mask characters has a mask character (an X may be a check character). */
function hasMask(value: string): boolean {
  return [...value].some((char, i) => isMaskChar(char) && !(i === 17 && /[Xx]/.test(char)))
}

/**
 * Masked identity numbers that still show digits between the address code and the last
 * four (the birth date), when a field word or the digits shown make them identity numbers.
 */
function findPartlyMasked(segment: ProseSegment): Array<Leak<MessageId>> {
  const {text, cues} = scan(segment)
  const leaks: Array<Leak<MessageId>> = []
  for (const match of text.matchAll(maskedIdNumber)) {
    const value = match[0]
    if (value.length === 16 || value.length === 17 || !hasMask(value)) continue
    if (!revealsTooMuch(value, 6, 4)) continue
    const looksLikeId = hasValidRegion(value) && /^(?:19|20)/.test(value.slice(6, 8))
    if (!looksLikeId && !labelOf(cues, text, match.index, ['id-card'])) continue
    leaks.push({
      messageId: 'partial',
      start: match.index,
      end: match.index + value.length,
      identifier: compact(value),
      masked: maskId(value),
    })
  }
  return leaks
}

/** Identity numbers a document shows in full or only partly masked. */
export function findIdCards(segment: ProseSegment): Array<Leak<MessageId>> {
  return [...findUnmasked(segment), ...findPartlyMasked(segment)]
}

export default definePrivacyRule({
  id: 'privacy/id-card',
  severity: 'error',
  recommended: true,
  messages: {
    exposed: '出现未脱敏的身份证号，应脱敏为“{expected}”',
    unverified: '疑似身份证号（校验未通过）未脱敏，应脱敏为“{expected}”',
    partial: '身份证号脱敏不足，仍露出出生日期等，应为“{expected}”',
  },
  find: findIdCards,
})
