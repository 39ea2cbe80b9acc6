/** A word of segmented prose, with its part-of-speech tag (jieba's ICTCLAS-style set). */
export interface Token {
  text: string
  /** UTF-16 offset of the word in the segmented string. */
  start: number
  end: number
  tag: string
}

export type SegmenterName = 'node-rs-jieba' | 'nodejieba'

export const segmenterNames: readonly SegmenterName[] = ['node-rs-jieba', 'nodejieba']

/**
 * @node-rs/jieba is the default: measured on this project's machines (`npm run bench`) it
 * loads in about 0.15 s to 95 MB RSS against nodejieba's 1.3 s to 286 MB, which decides the
 * editor's cold start (see README, "Segmentation").
 */
export const defaultSegmenter: SegmenterName = 'node-rs-jieba'

export interface Segmenter {
  readonly name: SegmenterName
  /** Words with tags; their texts concatenate back to `text`. */
  tokenize(text: string): Token[]
}

/**
 * Lone surrogates. N-API hands strings to native code as UTF-8, so both adapters see each
 * one as U+FFFD; the replacement is one code unit too, so offsets do not move.
 */
const loneSurrogate = /[\uD800-\uDFFF]/gu

/**
 * Turns an adapter's word list into tokens that tile `text` exactly. Words are matched
 * against `text` with lone surrogates read as U+FFFD, and token texts are sliced from
 * `text`, so they concatenate back to it. Characters an adapter drops become `x` tokens
 * of their own; a word that is not in `text` at all is skipped.
 */
export function withOffsets(text: string, words: ReadonlyArray<{word: string; tag: string}>): Token[] {
  const seen = text.replace(loneSurrogate, '\uFFFD')
  const tokens: Token[] = []
  let start = 0
  const push = (end: number, tag: string): void => {
    tokens.push({text: text.slice(start, end), start, end, tag})
    start = end
  }
  for (const {word, tag} of words) {
    if (word === '') continue
    const at = seen.startsWith(word, start) ? start : seen.indexOf(word, start)
    if (at === -1) continue
    if (at > start) push(at, 'x')
    push(at + word.length, tag)
  }
  if (start < text.length) push(text.length, 'x')
  return tokens
}
