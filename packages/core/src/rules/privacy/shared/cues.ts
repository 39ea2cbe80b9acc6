import {dictionaryMatcher, dictionaryRows} from '../../../dictionaries/registry.js'
import {clauseStart, lastEndingBy, sentenceStart} from './text.js'

/** The classes of `privacy-cues.tsv`; its header says what each means. */
export type CueKind =
  | 'private'
  | 'staff'
  | 'official'
  | 'organisation'
  | 'id-card'
  | 'passport'
  | 'travel-permit'
  | 'military-id'
  | 'bank-card'
  | 'bank-account'
  | 'not-personal'
  | 'home'
  | 'address'
  | 'name'
  | 'phone'

/** A context word in the text. */
export interface Cue {
  kind: CueKind
  start: number
  end: number
}

/** Cue kinds that name the kind of number that follows, as opposed to whose it is. */
export const fieldKinds: readonly CueKind[] = [
  'id-card',
  'passport',
  'travel-permit',
  'military-id',
  'bank-card',
  'bank-account',
  'not-personal',
]

/**
 * Every cue word in `text`. Where two overlap the longer wins (举报人 over 举报, 人民政府
 * over 本人 in 本人民政府), so each character belongs to at most one cue.
 */
export function findCues(text: string): Cue[] {
  const rows = dictionaryRows('privacy-cues')
  const matches = dictionaryMatcher('privacy-cues').findAll(text).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const taken = new Uint8Array(text.length)
  const cues: Cue[] = []
  for (const {index, start, end} of matches) {
    if (taken.subarray(start, end).some(Boolean)) continue
    taken.fill(1, start, end)
    cues.push({kind: rows[index]![1] as CueKind, start, end})
  }
  return cues.sort((a, b) => a.start - b.start)
}

/** The nearest cue of one of `kinds` that ends before `index` in the same sentence. */
export function nearestCue(cues: readonly Cue[], text: string, index: number, kinds: readonly CueKind[]): Cue | undefined {
  const from = sentenceStart(text, index)
  for (let i = lastEndingBy(cues, index); i >= 0 && cues[i]!.start >= from; i--) {
    if (kinds.includes(cues[i]!.kind)) return cues[i]
  }
  return undefined
}

/** The cue that holds the character at `index`, if one does. */
export function cueCovering(cues: readonly Cue[], index: number): Cue | undefined {
  const cue = cues[lastEndingBy(cues, index) + 1]
  return cue && cue.start <= index ? cue : undefined
}

/**
 * What may stand between a field word and its number: 身份证号码：, 护照号码（Passport No.）,
 * 证件号为. Anything else (有效期至, another number) means the number is not the field's.
 */
const connector = /^[\s:()[\]【】#№.NnOo为是号码]{0,8}$/

/** The cue of one of `kinds` right before the number at `index`, joined to it only by connectors. */
export function labelOf(cues: readonly Cue[], text: string, index: number, kinds: readonly CueKind[]): Cue | undefined {
  const cue = cues[lastEndingBy(cues, index)]
  if (!cue || !kinds.includes(cue.kind)) return undefined
  return connector.test(text.slice(cue.end, index)) ? cue : undefined
}

/** Whether an organisation is named in the same comma clause before `index` (区民政局电话：…). */
export function organisationBefore(cues: readonly Cue[], text: string, index: number): boolean {
  const from = clauseStart(text, index)
  for (let i = lastEndingBy(cues, index); i >= 0 && cues[i]!.start >= from; i--) {
    if (cues[i]!.kind === 'organisation') return true
  }
  return false
}
