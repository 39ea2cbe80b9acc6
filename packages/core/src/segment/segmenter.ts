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
 * @node-rs/jieba is the default: measured on this project's machines it loads in about
 * 0.2 s and 90 MB against nodejieba's 1.1 s and 280 MB, which matters for the editor's
 * cold start (see README, "Segmentation").
 */
export const defaultSegmenter: SegmenterName = 'node-rs-jieba'

export interface Segmenter {
  readonly name: SegmenterName
  /** Words with tags; their texts concatenate back to `text`. */
  tokenize(text: string): Token[]
}

/** Turns the adapters' word lists into tokens with offsets, checking that nothing was dropped. */
export function withOffsets(text: string, words: ReadonlyArray<{word: string; tag: string}>): Token[] {
  const tokens: Token[] = []
  let start = 0
  for (const {word, tag} of words) {
    const at = text.startsWith(word, start) ? start : text.indexOf(word, start)
    if (at === -1) continue
    tokens.push({text: word, start: at, end: at + word.length, tag})
    start = at + word.length
  }
  return tokens
}
