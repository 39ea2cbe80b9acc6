import type {ProseSegment} from '../../engine/rule.js'
import {labelOf} from './shared/cues.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'
import {ownerOf, scan, type Scan} from './shared/scan.js'
import {compact, maskKeeping} from './shared/text.js'

type MessageId = 'mobile' | 'landline' | 'partial'

/**
 * A mobile number, optionally after +86 or 0086, in one piece or grouped 3-4-4 by spaces
 * or hyphens. Group 1 is the national number.
 */
const mobile =
  /(?<![0-9A-Za-z*×●@_.\-/¥$])(?:(?:\+|00)86[ -]?)?(1[3-9]\d([ -]?)\d{4}\2\d{4})(?![0-9A-Za-z*×●@_\-/]|\.\d)/g

/** Mobile prefixes the MIIT has allocated to carriers (13x–19x, as of 2024). */
const allocatedPrefix = /^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])/

/**
 * A landline: an area code (0xx or 0xxx, maybe in brackets) and a 7- or 8-digit number,
 * not inside a card number grouped by fours (6212 2685 0316 2395 789).
 */
const landline =
  /(?<![0-9A-Za-z*×●@_.\-/¥$]|\d{4}[ -])(?:(\(0\d{2,3}\)|0\d{2,3})[ -]?)?([2-9]\d{3}[ -]?\d{3,4})(?:转\d{1,5})?(?![0-9A-Za-z*×●@_\-/]|\.\d)/g

/** A mobile number with mask characters: 138****5678, 138 **** 5678. */
const maskedMobile = /(?<![0-9A-Za-z*×●@_.\-/])1[3-9][\d*×●Xx]([ -]?)[\d*×●Xx]{4}\1[\d*×●Xx]{4}(?![0-9A-Za-z*×●@_\-/])/g

/** What makes a number an amount or a count rather than a phone: 13800138000元, 15000000人. */
const unitAfter = /^\s*[元万亿吨人户个次件台辆套张份株头只米克%‰]/

function isQuantity(text: string, end: number): boolean {
  return unitAfter.test(text.slice(end, end + 3))
}

/**
 * Mobile numbers. A citizen's is a leak even given as 联系方式, so every one is reported
 * except those an official context owns (监督电话, 区民政局) and those labelled as other
 * numbers (编号, 订单号); a staff contact's (联系人, 科长) at lower severity.
 */
function findMobiles(scanned: Scan): Array<Leak<MessageId>> {
  const {text, cues} = scanned
  const leaks: Array<Leak<MessageId>> = []
  for (const match of text.matchAll(mobile)) {
    const national = match[1]!
    const end = match.index + match[0].length
    const start = end - national.length
    if (!allocatedPrefix.test(national) || isQuantity(text, end)) continue
    if (labelOf(cues, text, match.index, ['not-personal'])) continue
    const owner = ownerOf(scanned, match.index)
    if (owner === 'official') continue
    leaks.push({
      messageId: 'mobile',
      start,
      end,
      identifier: compact(national),
      masked: maskKeeping(national, 3, 4),
      ...(owner === 'staff' && {lowerSeverity: true}),
    })
  }
  return leaks
}

/**
 * Landlines of private persons only: an office number or hotline on a government page is
 * there to be called, so a landline is reported only when its owner is a private person
 * (户主, 家属, 申请人 or a personal name not introduced as a contact) and no organisation
 * is named nearer to it in the sentence (持本人身份证到区民政局领取，电话：…). A number
 * without an area code also needs a phone word right before it (户主电话：88776655).
 */
function findLandlines(scanned: Scan): Array<Leak<MessageId>> {
  const {text, cues} = scanned
  const leaks: Array<Leak<MessageId>> = []
  for (const match of text.matchAll(landline)) {
    const [value, area, local] = match as unknown as [string, string | undefined, string]
    const end = match.index + value.length
    if (isQuantity(text, end) || ownerOf(scanned, match.index, 'sentence') !== 'private') continue
    if (!area && !labelOf(cues, text, match.index, ['phone', 'private'])) continue
    leaks.push({
      messageId: 'landline',
      start: match.index,
      end,
      identifier: compact(value),
      masked: value.slice(0, value.length - local.length) + maskKeeping(local, 0, 4),
    })
  }
  return leaks
}

/** Masked mobile numbers that hide fewer than four digits. */
function findPartlyMasked(scanned: Scan): Array<Leak<MessageId>> {
  const {text} = scanned
  const leaks: Array<Leak<MessageId>> = []
  for (const match of text.matchAll(maskedMobile)) {
    const value = match[0]
    const masks = value.replace(/[^*×●Xx]/g, '').length
    if (masks === 0 || masks >= 4) continue
    if (ownerOf(scanned, match.index) === 'official') continue
    leaks.push({
      messageId: 'partial',
      start: match.index,
      end: match.index + value.length,
      identifier: compact(value),
      masked: maskKeeping(value.replace(/[×●Xx]/g, '*'), 3, 4),
    })
  }
  return leaks
}

/** Phone numbers of private persons a document shows in full or only partly masked. */
export function findPhones(segment: ProseSegment): Array<Leak<MessageId>> {
  const scanned = scan(segment)
  return [...findMobiles(scanned), ...findLandlines(scanned), ...findPartlyMasked(scanned)]
}

export default definePrivacyRule({
  id: 'privacy/phone',
  severity: 'error',
  recommended: true,
  messages: {
    mobile: '出现未脱敏的手机号码，应脱敏为“{expected}”',
    landline: '出现个人的固定电话，应脱敏为“{expected}”',
    partial: '手机号码脱敏不足，应至少隐去中间四位：“{expected}”',
  },
  find: findPhones,
})
