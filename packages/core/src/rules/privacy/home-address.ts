import type {ProseSegment} from '../../engine/rule.js'
import {cueCovering} from './shared/cues.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'
import {ownerOf, scan, type Scan} from './shared/scan.js'

/** Han characters, digits, letters and hyphens up to a clause break: where an address may run. */
const addressRun = /[\p{Script=Han}0-9A-Za-z\-—#]{4,60}/uy

/** Door level: a house number (12号, 十二号) or a room (502室, 3单元502). */
const doorLevel = /(?:\d+|[一二三四五六七八九十〇]+)(?:号|室)|\d+单元\d+/u

/** Numbered parts of a building an address ends with: 12号, 3号楼, 2单元, 502室, 之3. */
const numberedPart = /(?:\d+|[一二三四五六七八九十〇]+)(?:号楼|号院|号|室|单元|栋|幢|楼|层|户)(?:之\d+)?|\d+/gu

/** The address without the words after its last numbered part (…502室的张三 → …502室). */
function trimAddress(run: string): string {
  let end = 0
  for (const match of run.matchAll(numberedPart)) end = match.index + match[0].length
  return run.slice(0, end)
}

/** Administrative units, kept in the masked form: 北京市朝阳区安华路12号 → 北京市朝阳区****. */
const adminUnits = ['自治区', '自治州', '街道', '苏木', '地区', '省', '市', '州', '盟', '区', '县', '旗', '镇', '乡']

/** 区 and 市 that end a place within a town, not an administrative unit: 小区, 超市. */
const notAdmin = /(?:小区|园区|社区|校区|景区|片区|营区|厂区|矿区|库区|超市|城市)$/

/** Place words an address starts with, within its first ten characters. */
const placeStart = /^\p{Script=Han}{1,9}(?:省|自治区|市|州|盟|地区|区|县|旗|镇|乡|街道|村|社区|小区|路|街|大道|巷|胡同|弄|里|屯|庄|组)/u

/** The end of the leading administrative units: 北京市朝阳区 in 北京市朝阳区安华路12号. */
function adminPrefixEnd(address: string): number {
  let end = 0
  for (let i = 0; i < address.length && i - end < 8 && !/\d/.test(address[i]!); i++) {
    const unit = adminUnits.find((candidate) => address.startsWith(candidate, i))
    if (unit && !notAdmin.test(address.slice(0, i + unit.length))) end = i + unit.length
  }
  return end
}

/** What follows 住 when it is not “lives at”: 住房, 住宿, 住院, 住宅, 住户, 住建. */
const notResidence = /^[房宿院宅户建所址]/

/** Where each residence label's address begins: after 住址：, 家住, or a lone 住 (住北京市…). */
function addressStarts(scanned: Scan): number[] {
  const {text, cues} = scanned
  const starts: number[] = []
  const afterConnectors = (index: number): number => index + /^[\s:为是在]*/.exec(text.slice(index, index + 8))![0].length
  for (const cue of cues) {
    if (cue.kind === 'home' || (cue.kind === 'address' && ownerOf(scanned, cue.start) === 'private')) {
      starts.push(afterConnectors(cue.end))
    }
  }
  for (let at = text.indexOf('住'); at !== -1; at = text.indexOf('住', at + 1)) {
    if (cueCovering(cues, at) || notResidence.test(text[at + 1] ?? '')) continue
    starts.push(afterConnectors(at + 1))
  }
  return starts
}

/**
 * Home addresses detailed down to the house number or room, after a residence word
 * (住址, 家住, 户籍地址, 住) or after 地址 or 住所 when a private person owns it. Office
 * addresses (办公地址, 地址 of a 政务服务中心) and a company's registered 住所 are public.
 */
export function findHomeAddresses(segment: ProseSegment): Array<Leak<'exposed'>> {
  const scanned = scan(segment)
  const leaks: Array<Leak<'exposed'>> = []
  for (const start of new Set(addressStarts(scanned))) {
    addressRun.lastIndex = start
    const address = trimAddress(addressRun.exec(scanned.text)?.[0] ?? '')
    if (!placeStart.test(address) || !doorLevel.test(address)) continue
    const prefix = address.slice(0, adminPrefixEnd(address))
    leaks.push({messageId: 'exposed', start, end: start + address.length, identifier: address, masked: `${prefix}****`})
  }
  return leaks
}

export default definePrivacyRule({
  id: 'privacy/home-address',
  severity: 'warning',
  recommended: true,
  messages: {exposed: '出现详细到门牌号的个人住址，应脱敏为“{expected}”'},
  find: findHomeAddresses,
})
