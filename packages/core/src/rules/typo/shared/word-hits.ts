import type {Match, Matcher} from '../../../dictionaries/matcher.js'
import {dictionaryMatcher, dictionaryRows} from '../../../dictionaries/registry.js'
import type {ProseSegment} from '../../../engine/rule.js'
import type {Token} from '../../../segment/index.js'
import {tokenContaining} from '../../shared/tokens.js'

/**
 * Dictionary hits that stand as words of the segment rather than straddle two words.
 *
 * A hit is confirmed when each of its two ends either falls on a token boundary or falls
 * inside a token the segmenter did not find in its dictionary (tag `x`). jieba's HMM glues
 * an unknown typo to what surrounds it, so an end inside such a token is no evidence of a
 * real word there; an end inside a dictionary word is: 展生 inside 发展｜生产 falls inside
 * 发展 and is not 产生. A typo segments either on its own (部暑/x, 共合国/x), into pieces that
 * start and end where it does (扫黑｜险恶), or into an unknown stretch with its neighbours
 * (門要/x), and so stays confirmed.
 *
 * Of overlapping confirmed hits the longest wins (扫黑险恶 over a shorter pair inside it).
 * `segment.tokens()` is only called when the matcher finds something.
 */
function wordHits(segment: ProseSegment, matcher: Matcher): Match[] {
  const matches = matcher.findAll(segment.text)
  if (matches.length === 0) return []
  const tokens = segment.tokens()
  const confirmed = matches.filter((match) => endsOnWordEdge(tokens, match.start) && endsOnWordEdge(tokens, match.end))
  return longestFirst(confirmed)
}

/** A confirmed hit of a shipped dictionary, with its row. */
export interface DictionaryHit {
  row: readonly string[]
  start: number
  end: number
}

/**
 * The `wordHits` of a shipped dictionary in a segment with Han text, leaving out words the
 * project's own replace pairs list: typo/user-dictionary reports those.
 */
export function dictionaryHits(segment: ProseSegment, id: string, replace: Readonly<Record<string, string>>): DictionaryHit[] {
  if (!/\p{Script=Han}/u.test(segment.text)) return []
  const rows = dictionaryRows(id)
  return wordHits(segment, dictionaryMatcher(id))
    .map(({index, start, end}) => ({row: rows[index]!, start, end}))
    .filter(({row}) => !Object.hasOwn(replace, row[0]!))
}

/** Whether `offset` is a token boundary or lies inside a token the segmenter did not know. */
function endsOnWordEdge(tokens: readonly Token[], offset: number): boolean {
  const token = tokenContaining(tokens, offset)
  return token === undefined || token.start === offset || token.tag === 'x'
}

/** Non-overlapping hits, longer before shorter, then in text order. */
function longestFirst(matches: readonly Match[]): Match[] {
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Match[] = []
  for (const match of byLength) {
    if (kept.every((other) => match.end <= other.start || match.start >= other.end)) kept.push(match)
  }
  return kept.sort((a, b) => a.start - b.start)
}
