import type {ProseSegment} from '../../../engine/rule.js'
import {tokenStartingAt} from '../../shared/tokens.js'

const sentenceEnd = /[。！？；!?;\n]/

/** The sentence around `[start, end)`: from after the previous sentence end to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && !sentenceEnd.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && !sentenceEnd.test(text[to]!)) to++
  return text.slice(from, to)
}

const openingQuote = /[“‘「『《]/
const closingQuote = /[”’」』》]/
const quoteMark = /[“‘「『《”’」』》]/

/**
 * Whether `[start, end)` lies inside quotation marks or a title's 《》 in its sentence: the
 * nearest mark before it opens and the nearest after it closes (“台独”, “反台独、促统一”).
 */
export function isQuoted(text: string, start: number, end: number): boolean {
  let before = start - 1
  while (before >= 0 && !sentenceEnd.test(text[before]!) && !quoteMark.test(text[before]!)) before--
  let after = end
  while (after < text.length && !sentenceEnd.test(text[after]!) && !quoteMark.test(text[after]!)) after++
  return openingQuote.test(text[before] ?? '') && closingQuote.test(text[after] ?? '')
}


/** The word of the segment that begins at `offset`, if one does. */
export function wordAt(segment: ProseSegment, offset: number): string | undefined {
  return tokenStartingAt(segment.tokens(), offset)?.text
}
