import type {ProseSegment} from '../../engine/rule.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'
import {ownerOf, scan} from './shared/scan.js'
import {maskKeeping} from './shared/text.js'

/**
 * A plate (GA 36-2018): a province abbreviation, the issuing office's letter, an optional
 * separator dot or space, and 5 characters (6 on new-energy plates), then 挂 (trailer) or
 * 学 (learner) perhaps. Letters exclude I and O. Group 1 is the part after the office letter.
 */
const plate =
  /(?<![0-9A-Za-z])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•・. ]?([A-HJ-NP-Z0-9]{5,6})[挂学]?(?![0-9A-Za-z])/g

/** Whether the serial part is one plates use: at most two letters in five, or a new-energy serial. */
function isPlateSerial(serial: string): boolean {
  if (serial.length === 6) return /^[DF][A-HJ-NP-Z0-9]\d{4}$|^\d{5}[DF]$/.test(serial)
  return serial.replace(/\d/g, '').length <= 2
}

/**
 * Vehicle plates of private vehicles: a plate identifies its keeper. Plates in an official
 * context (执法车辆 of 区城管局) are left alone; police, embassy and consulate plates
 * (警, 使, 领) do not have the shape matched here.
 */
export function findLicensePlates(segment: ProseSegment): Array<Leak<'exposed'>> {
  const scanned = scan(segment)
  const leaks: Array<Leak<'exposed'>> = []
  for (const match of scanned.text.matchAll(plate)) {
    const serial = match[1]!
    if (!isPlateSerial(serial) || ownerOf(scanned, match.index) === 'official') continue
    const value = match[0]
    const serialAt = value.indexOf(serial, 2)
    leaks.push({
      messageId: 'exposed',
      start: match.index,
      end: match.index + value.length,
      identifier: value.replace(/[·•・. ]/, ''),
      masked: value.slice(0, serialAt) + maskKeeping(serial, 0, 2) + value.slice(serialAt + serial.length),
    })
  }
  return leaks
}

export default definePrivacyRule({
  id: 'privacy/license-plate',
  severity: 'warning',
  recommended: true,
  messages: {exposed: '出现完整车牌号，应脱敏为“{expected}”'},
  find: findLicensePlates,
})
