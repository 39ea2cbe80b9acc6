import type {ProseSegment} from '../../engine/rule.js'
import {findCertificates, type Certificate} from './shared/certificate.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'

/**
 * 港澳居民来往内地通行证 H/M + 8 digits (+ 2 digits of issue); 往来港澳通行证 C + 8
 * characters (old W + 8 digits); 大陆居民往来台湾通行证 L + 8 digits; 台湾居民来往大陆通行证
 * 8 digits (10 in the older booklet).
 */
const travelPermit: Certificate = {
  cue: 'travel-permit',
  shape: /^(?:[A-Z]{1,2}\d{7,10}|\d{8}|\d{10})$/,
  distinctiveShape: /^(?:[HM]\d{8}(?:\d{2})?|C[A-HJ-NP-Z\d]\d{7}|[WL]\d{8})$/,
}

/** Travel permit numbers after the permit's name (or after 证件号码, in a distinctive shape). */
export function findTravelPermits(segment: ProseSegment): Array<Leak<'exposed'>> {
  return findCertificates(segment, travelPermit, 'exposed')
}

export default definePrivacyRule({
  id: 'privacy/travel-permit',
  severity: 'error',
  recommended: true,
  messages: {exposed: '出现未脱敏的港澳台通行证号码，应脱敏为“{expected}”'},
  find: findTravelPermits,
})
