import type {ProseSegment} from '../../engine/rule.js'
import {findCertificates, maskCertificate, type Certificate} from './shared/certificate.js'
import {labelOf} from './shared/cues.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'
import {scan} from './shared/scan.js'

/** 军官证, 士兵证 and 文职干部证 numbers as plain digits. */
const militaryId: Certificate = {cue: 'military-id', shape: /^\d{6,8}$/}

/** The 字号 form: 南字第1234567号 (issuing branch, 字第, number, 号). Group 1 is the number. */
const branchNumber = /\p{Script=Han}字第(\d{6,8})号/gu

/**
 * Numbers in the 字号 form right after 军官证 or the like. Other certificates and 文书 are
 * numbered 字第…号 too, so the word is required.
 */
function findBranchNumbers(segment: ProseSegment): Array<Leak<'exposed'>> {
  const {text, cues} = scan(segment)
  const leaks: Array<Leak<'exposed'>> = []
  for (const match of text.matchAll(branchNumber)) {
    if (!labelOf(cues, text, match.index, ['military-id'])) continue
    const number = match[1]!
    const numberStart = match.index + 3
    leaks.push({
      messageId: 'exposed',
      start: numberStart,
      end: numberStart + number.length,
      identifier: match[0],
      masked: maskCertificate(number),
    })
  }
  return leaks
}

/** Military identity card numbers after 军官证号 or the like, plain or in the 字号 form. */
export function findMilitaryIds(segment: ProseSegment): Array<Leak<'exposed'>> {
  return [...findCertificates(segment, militaryId, 'exposed'), ...findBranchNumbers(segment)]
}

export default definePrivacyRule({
  id: 'privacy/military-id',
  severity: 'error',
  recommended: true,
  messages: {exposed: '出现未脱敏的军人证件号码，应脱敏为“{expected}”'},
  find: findMilitaryIds,
})
