import type {ProseSegment} from '../../engine/rule.js'
import {findBankCards} from './bank-card.js'
import {findEmails} from './email.js'
import {findHomeAddresses} from './home-address.js'
import {findIdCards} from './id-card.js'
import {findLicensePlates} from './license-plate.js'
import {findMilitaryIds} from './military-id.js'
import {findPassports} from './passport.js'
import {findPhones} from './phone.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'
import {maskName, type PersonName} from './shared/names.js'
import {introducerOf, scan, type Scan} from './shared/scan.js'
import {lastEndingBy, sentenceStart} from './shared/text.js'
import {findTravelPermits} from './travel-permit.js'

/** The other privacy rules' finders: a name is a leak when it stands next to what they find. */
const finders: ReadonlyArray<(segment: ProseSegment) => readonly Leak[]> = [
  findIdCards,
  findPhones,
  findBankCards,
  findPassports,
  findTravelPermits,
  findMilitaryIds,
  findLicensePlates,
  findEmails,
  findHomeAddresses,
]

/** How far before a leak a name may stand (当事人张三，男，汉族，1980年5月出生，身份证号码：…). */
const reach = 60

/** Names of private persons before a leak in its sentence (staff introduced as 联系人：张三 are public). */
function holdersOf(scanned: Scan, leak: Leak, leaked: Uint8Array): PersonName[] {
  const from = Math.max(sentenceStart(scanned.text, leak.start), leak.start - reach)
  const names = scanned.names()
  const holders: PersonName[] = []
  for (let i = lastEndingBy(names, leak.start); i >= 0 && names[i]!.start >= from; i--) holders.unshift(names[i]!)
  return holders.filter((name) => {
    if (leaked.subarray(name.start, name.end).some(Boolean)) return false
    const introducer = introducerOf(scanned, name)
    return introducer !== 'staff' && introducer !== 'official'
  })
}

/**
 * Full names of private persons next to their personal information: the names before an
 * identifier, phone, e-mail or address another privacy rule finds, in the same sentence and
 * at most 60 characters before it. Names introduced as staff (联系人：张三) are public; masked
 * names (张某某) are not names here. Each name is reported once.
 */
export function findPersonNames(segment: ProseSegment): Array<Leak<'exposed'>> {
  const leaks = finders.flatMap((find) => find(segment))
  if (leaks.length === 0) return []
  const scanned = scan(segment)
  const leaked = new Uint8Array(segment.text.length)
  for (const leak of leaks) leaked.fill(1, leak.start, leak.end)
  const holders = new Map<number, PersonName>()
  for (const leak of leaks) {
    for (const name of holdersOf(scanned, leak, leaked)) holders.set(name.start, name)
  }
  return [...holders.values()].map((name) => {
    const text = segment.text.slice(name.start, name.end)
    return {messageId: 'exposed', start: name.start, end: name.end, identifier: text, masked: maskName(name)}
  })
}

export default definePrivacyRule({
  id: 'privacy/person-name',
  severity: 'warning',
  recommended: true,
  messages: {exposed: '个人信息旁出现完整姓名，应改为“{expected}”'},
  find: findPersonNames,
})
