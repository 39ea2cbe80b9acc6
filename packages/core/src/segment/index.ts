import {loadNodejieba} from './nodejieba.js'
import {loadNodeRsJieba} from './node-rs-jieba.js'
import {defaultSegmenter, type Segmenter, type SegmenterName, type Token} from './segmenter.js'

export type {Segmenter, SegmenterName, Token} from './segmenter.js'
export {defaultSegmenter, segmenterNames} from './segmenter.js'

const loaders: Record<SegmenterName, () => Segmenter> = {
  'node-rs-jieba': loadNodeRsJieba,
  nodejieba: loadNodejieba,
}

const loaded = new Map<SegmenterName, Segmenter>()

/** The named segmenter, loaded on first use and kept for the life of the process. */
export function getSegmenter(name: SegmenterName = defaultSegmenter): Segmenter {
  let segmenter = loaded.get(name)
  if (!segmenter) {
    segmenter = loaders[name]()
    loaded.set(name, segmenter)
  }
  return segmenter
}

/** Longest stretch handed to jieba at once; longer prose is cut after a sentence end. */
const sliceLength = 4096
const sentenceEnds = ['。', '！', '？', '；', '\n']

/**
 * Tokens of `text`, segmented a sentence-bounded slice at a time so that a huge paragraph
 * (a minified page, a 10 MB line) never reaches jieba whole. jieba itself splits its input
 * at punctuation, so cutting after 。！？； or a line break gives the same words.
 */
export function tokenize(segmenter: Segmenter, text: string): Token[] {
  if (text.length <= sliceLength) return segmenter.tokenize(text)
  const tokens: Token[] = []
  for (let start = 0; start < text.length; ) {
    const end = sliceEnd(text, start)
    for (const token of segmenter.tokenize(text.slice(start, end))) {
      tokens.push({...token, start: token.start + start, end: token.end + start})
    }
    start = end
  }
  return tokens
}

/** Where the slice from `start` ends: after the last sentence end within reach, else at the limit (never inside a surrogate pair). */
function sliceEnd(text: string, start: number): number {
  const limit = start + sliceLength
  if (limit >= text.length) return text.length
  // Only within the slice: a search from `start` onwards would run past the limit to the next
  // sentence end, to the text's end on a line without one (quadratic over a huge line).
  const window = text.slice(start, limit)
  const last = Math.max(...sentenceEnds.map((mark) => window.lastIndexOf(mark)))
  if (last !== -1) return start + last + 1
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit
}
