import type {ProseSegment} from '../../engine/rule.js'
import {findCertificates, type Certificate} from './shared/certificate.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'

/**
 * 护照: Chinese ordinary passports are E + 8 digits, E + a letter + 7 digits since 2017,
 * G + 8 digits before 2012; diplomatic and service passports D, S, P. Foreign passports
 * vary (one or two letters and 6–9 digits, or 9 digits).
 */
const passport: Certificate = {
  cue: 'passport',
  shape: /^(?:[A-Z]{1,2}\d{6,9}|\d{9})$/,
  distinctiveShape: /^(?:E[A-HJ-NP-Z\d]\d{7}|G\d{8})$/,
}

/** Passport numbers after 护照号码 (or after 证件号码, in a Chinese passport's shape). */
export function findPassports(segment: ProseSegment): Array<Leak<'exposed'>> {
  return findCertificates(segment, passport, 'exposed')
}

export default definePrivacyRule({
  id: 'privacy/passport',
  severity: 'error',
  recommended: true,
  messages: {exposed: '出现未脱敏的护照号码，应脱敏为“{expected}”'},
  find: findPassports,
})
