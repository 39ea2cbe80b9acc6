import {createMatcher, type Matcher} from '../../../dictionaries/matcher.js'
import type {ProseSegment, RuleContext} from '../../../engine/rule.js'
import type {Token} from '../../../segment/index.js'
import {onWordBoundaries} from '../../shared/tokens.js'
import {insideTitles} from './tokens.js'

/** Where a pair's wrong form was found, for its context condition. */
export interface Occurrence {
  text: string
  start: number
  end: number
  tokens: readonly Token[]
}

/** A wrong form, its correction, and the context in which the wrong form is certainly wrong. */
export interface ContextPair {
  wrong: string
  right: string
  /** Context in which `wrong` is an error; without it, any occurrence on word boundaries is. */
  when?: (occurrence: Occurrence) => boolean
  /** Whether the correction is certain enough for `--fix`. */
  safe?: boolean
}

/** A pair found in a segment: `range` covers only the characters that differ; one finding per range. */
interface PairFinding {
  pair: ContextPair
  range: readonly [number, number]
  expected: string
}

/** The part of `wrong` that differs from `right`, as offsets into `wrong`, and its replacement. */
function difference(wrong: string, right: string): {from: number; to: number; replacement: string} {
  let from = 0
  while (from < wrong.length && wrong[from] === right[from]) from++
  let tail = 0
  while (tail < wrong.length - from && wrong[wrong.length - 1 - tail] === right[right.length - 1 - tail]) tail++
  return {from, to: wrong.length - tail, replacement: right.slice(from, right.length - tail)}
}

/** Whether the wrong form lies on word boundaries: the default context of a pair. */
export function onBoundaries({start, end, tokens}: Occurrence): boolean {
  return onWordBoundaries(tokens, start, end)
}

const matchers = new WeakMap<readonly ContextPair[], Matcher>()

/** Occurrences of the pairs' wrong forms in their contexts; one matcher per list of pairs. */
function findPairs(pairs: readonly ContextPair[], segment: ProseSegment): PairFinding[] {
  let matcher = matchers.get(pairs)
  if (!matcher) {
    matcher = createMatcher(pairs.map((pair) => pair.wrong))
    matchers.set(pairs, matcher)
  }
  const matches = matcher.findAll(segment.text)
  if (matches.length === 0) return []
  const tokens = segment.tokens()
  const isInsideTitle = insideTitles(segment.text)
  const findings: PairFinding[] = []
  const reported = new Set<number>()
  for (const {index, start, end} of matches) {
    const pair = pairs[index]!
    const occurrence = {text: segment.text, start, end, tokens}
    const {from, to, replacement} = difference(pair.wrong, pair.right)
    if (reported.has(start + from) || isInsideTitle(start) || !(pair.when ?? onBoundaries)(occurrence)) continue
    reported.add(start + from)
    findings.push({pair, range: [start + from, start + to], expected: replacement})
  }
  return findings
}

/**
 * Reports each pair found under `messageId`, with `{wrong}` and `{right}` for the message;
 * a pair that is not `safe` lowers the rule's fix to a suggestion.
 */
export function reportPairs<MessageId extends string>(
  context: RuleContext<MessageId, unknown>,
  messageId: MessageId,
  pairs: readonly ContextPair[],
  segment: ProseSegment,
): void {
  for (const {pair, range, expected} of findPairs(pairs, segment)) {
    context.report({
      messageId,
      range,
      expected: [expected],
      data: {wrong: pair.wrong, right: pair.right},
      ...(!pair.safe && {fixable: 'suggest' as const}),
    })
  }
}
