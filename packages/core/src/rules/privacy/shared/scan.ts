import type {ProseSegment} from '../../../engine/rule.js'
import {findCues, nearestCue, organisationBefore, type Cue, type CueKind} from './cues.js'
import {findNames, type PersonName} from './names.js'
import {lastEndingBy, toHalfwidth} from './text.js'

/** Whose a number or address is, as its context tells. */
export type Owner = 'private' | 'staff' | 'official' | 'unknown'

/** One segment as the privacy rules read it, computed once and shared by all of them. */
export interface Scan {
  /** `segment.text` with full-width digits and letters read as ASCII; offsets unchanged. */
  text: string
  cues: readonly Cue[]
  /** Personal names; segments the text on first use. */
  names(): readonly PersonName[]
}

const scans = new WeakMap<ProseSegment, Scan>()

/** The shared reading of a segment; every privacy rule gets the same object. */
export function scan(segment: ProseSegment): Scan {
  let result = scans.get(segment)
  if (!result) {
    const text = toHalfwidth(segment.text)
    const cues = findCues(text)
    let names: readonly PersonName[] | undefined
    result = {text, cues, names: () => (names ??= findNames(text, segment.tokens(), cues))}
    scans.set(segment, result)
  }
  return result
}

const ownerOfCue: Partial<Record<CueKind, Owner>> = {
  private: 'private',
  home: 'private',
  name: 'private',
  staff: 'staff',
  official: 'official',
  organisation: 'official',
}

const ownerKinds: readonly CueKind[] = ['private', 'home', 'name', 'staff', 'official']

/**
 * Whose the number or address at `index` is. An organisation named in the same comma clause
 * makes it official (区民政局电话：…); with `organisations: 'sentence'` one named anywhere
 * earlier in the sentence competes with the other words. Otherwise the nearest owner word or
 * personal name before it in the sentence decides; a name takes the class of a word right
 * before it (联系人：张三 is staff, 申请人张三 private), else it is private.
 */
export function ownerOf(scanned: Scan, index: number, organisations: 'clause' | 'sentence' = 'clause'): Owner {
  const {text, cues} = scanned
  if (organisationBefore(cues, text, index)) return 'official'
  const kinds = organisations === 'sentence' ? [...ownerKinds, 'organisation' as const] : ownerKinds
  const cue = nearestCue(cues, text, index, kinds)
  const names = scanned.names()
  const name = names[lastEndingBy(names, index)]
  if (name && name.start >= (cue?.end ?? 0) && !/[。；;!?\n]/.test(text.slice(name.end, index))) return introducerOf(scanned, name) ?? 'private'
  return cue ? ownerOfCue[cue.kind]! : 'unknown'
}

/** The class of the word right before a name that introduces it (联系人：张三 → staff). */
export function introducerOf(scanned: Scan, name: PersonName): Owner | undefined {
  const {text, cues} = scanned
  const label = nearestCue(cues, text, name.start, ownerKinds)
  return label && /^[\s:]{0,2}$/.test(text.slice(label.end, name.start)) ? ownerOfCue[label.kind] : undefined
}
