import type {ProseSegment} from '../../../engine/rule.js'
import {labelOf, type CueKind} from './cues.js'
import type {Leak} from './leak.js'
import {scan} from './scan.js'
import {maskKeeping} from './text.js'

/** Letters and digits that may be a certificate number: E12345678, H1234567801, 12345678. */
const certificateNumber = /(?<![0-9A-Za-z*×●@_.\-/])[A-Z]{0,2}\d{6,10}(?![0-9A-Za-z*×●@_\-/]|\.\d)/g

/** Words that label any certificate: the holder chose which one to show. */
const genericWords = new Set(['证件号码', '证件号', '证号', '身份证件', '身份证件号码'])

export interface Certificate {
  /** The cue kind of the words that name this certificate (护照号码). */
  cue: CueKind
  /** The shape of its numbers (whole string). */
  shape: RegExp
  /** Shapes distinctive enough to report under a generic word such as 证件号码. */
  distinctiveShape?: RegExp
}

/** Keeps the letters in front and the last three characters: E12345678 → E*****678, 12345678 → *****678. */
export function maskCertificate(value: string): string {
  return maskKeeping(value, /^[A-Z]*/.exec(value)![0].length, 3)
}

/**
 * Certificate numbers right after a word naming the certificate, or after 证件号码 when
 * their shape alone says which certificate they are. Without such a word a string like
 * E12345678 is as likely a model number, so it is left alone.
 */
export function findCertificates<MessageId extends string>(
  segment: ProseSegment,
  certificate: Certificate,
  messageId: MessageId,
): Array<Leak<MessageId>> {
  const {text, cues} = scan(segment)
  const leaks: Array<Leak<MessageId>> = []
  for (const match of text.matchAll(certificateNumber)) {
    const value = match[0]
    const label = labelOf(cues, text, match.index, [certificate.cue, 'id-card'])
    if (!label) continue
    const own = label.kind === certificate.cue && certificate.shape.test(value)
    const generic = genericWords.has(text.slice(label.start, label.end)) && certificate.distinctiveShape?.test(value)
    if (!own && !generic) continue
    leaks.push({messageId, start: match.index, end: match.index + value.length, identifier: value, masked: maskCertificate(value)})
  }
  return leaks
}
