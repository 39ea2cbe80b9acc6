import {candidatesAt, numeral, shippedPairCounts, standalone, support, type PairCounts} from './features.js'
import {charModel} from './model.js'
import {probability, typoRanker, type Ranker} from './ranker.js'
import {createScorer, defaultScoring, type Scorer} from './score.js'

/** When a replacement is reported; the defaults are calibrated by `npm run bench:typos`. */
export interface DetectionOptions {
  /**
   * Largest count a bigram around a character may have for the character to be suspected
   * at all: correct text almost never has a character that forms no frequent bigram with
   * either neighbour, and skipping the others keeps the detector fast.
   */
  maxSupport: number
  /**
   * Characters used this often as words on their own (jieba frequency: 使, 或, 了) are never
   * suspected: a function word's neighbours vary too much for the counts to judge it
   * (这就使我们, 广度或深度).
   */
  maxStandalone: number
  /** Least probability (by the ranker) of the first finding in a run. */
  threshold: number
  /**
   * Least probability of further findings in a run that already has one: typos come in
   * clusters, and one typo hides the next by spoiling its context.
   */
  followUpThreshold: number
}

export const defaultDetection: DetectionOptions = {maxSupport: 30, maxStandalone: 50_000, threshold: 0.9, followUpThreshold: 0.5}

/** A character the model takes for a typo, with the replacements it prefers, best first. */
export interface Suspect {
  /** UTF-16 offset in the checked text. */
  index: number
  actual: string
  expected: string[]
  /** The ranker's probability that `expected[0]` corrects a typo. */
  probability: number
  /**
   * `[start, end)` of the word-like piece around the character that the best candidate
   * completes (部暑 → 部署), for messages; UTF-16 offsets in the checked text.
   */
  context: readonly [number, number]
}

const hanRun = /\p{Script=Han}+/gu

/**
 * Runs of Han characters longer than this are checked in pieces: each finding rescans its
 * piece, so bounded pieces keep the work linear in the text (prose rarely goes this long
 * without a punctuation mark).
 */
const longestPiece = 200

/** The longest, then most frequent, n-gram over position `i` of `run` that the model has seen. */
function seenContext(scorer: Scorer, run: string, i: number): [number, number] {
  for (let length = scorer.order; length >= 2; length--) {
    let best: [number, number] | undefined
    let bestCount = 0
    for (let start = Math.max(0, i - length + 1); start <= i && start + length <= run.length; start++) {
      const count = scorer.count(run, start, start + length)
      if (count > bestCount) [best, bestCount] = [[start, start + length], count]
    }
    if (best) return best
  }
  return [i, i + 1]
}

/** What the detector judges with: the character model, the ranker and the error model. */
export interface DetectionModels {
  scorer: Scorer
  ranker: Ranker
  pairCounts: PairCounts
}

/** The replacements of one position by probability, best first; empty when none is worth ranking. */
type Ranked = {char: string; probability: number}[]

/**
 * Whether `run[i]` may be suspected at all. The ranker is trained on exactly these
 * positions (dictionaries/scripts/train-typo-ranker.js).
 */
export function isSuspectable(scorer: Scorer, run: string, i: number, options: DetectionOptions = defaultDetection): boolean {
  // Numbers vary without end, so a numeral is never suspected itself.
  return !numeral.test(run[i]!) && support(scorer, run, i) <= options.maxSupport && standalone(scorer, run[i]!) <= options.maxStandalone
}

function rankAt({scorer, ranker, pairCounts}: DetectionModels, options: DetectionOptions, run: string, i: number): Ranked {
  if (!isSuspectable(scorer, run, i, options)) return []
  return candidatesAt(scorer, run, i, pairCounts)
    .map(({char, features}) => ({char, probability: probability(ranker, features)}))
    .sort((a, b) => b.probability - a.probability)
}

/** Finds suspects in one run of Han characters, most certain first, correcting as it goes. */
function detectInRun(models: DetectionModels, options: DetectionOptions, run: string, offset: number, found: Suspect[]): void {
  const {scorer} = models
  const ranked: (Ranked | undefined)[] = Array.from({length: run.length})
  const corrected = new Set<number>()
  let text = run
  for (;;) {
    const threshold = corrected.size === 0 ? options.threshold : options.followUpThreshold
    let best: number | undefined
    for (let i = 0; i < text.length; i++) {
      if (corrected.has(i)) continue
      const here = (ranked[i] ??= rankAt(models, options, text, i))
      if (here.length > 0 && here[0]!.probability >= threshold && (best === undefined || here[0]!.probability > ranked[best]![0]!.probability)) best = i
    }
    if (best === undefined) return
    const candidates = ranked[best]!
    const expected = candidates.filter(({probability}) => probability >= Math.min(options.followUpThreshold, candidates[0]!.probability)).slice(0, 3)
    corrected.add(best)
    text = text.slice(0, best) + expected[0]!.char + text.slice(best + 1)
    // A replacement changes the scores of the positions whose context reaches it.
    for (let i = Math.max(0, best - scorer.order + 1); i < Math.min(text.length, best + scorer.order); i++) ranked[i] = undefined
    const [start, end] = seenContext(scorer, text, best)
    found.push({
      index: offset + best,
      actual: run[best]!,
      expected: expected.map(({char}) => char),
      probability: expected[0]!.probability,
      context: [offset + start, offset + end],
    })
  }
}

/** Characters of `text` the language model takes for typos, in text order; `models` default to the shipped ones. */
export function detectTypos(text: string, options: DetectionOptions = defaultDetection, models: Partial<DetectionModels> = {}): Suspect[] {
  const judged: DetectionModels = {scorer: models.scorer ?? defaultScorer(), ranker: models.ranker ?? typoRanker(), pairCounts: models.pairCounts ?? shippedPairCounts}
  const found: Suspect[] = []
  for (const {0: run, index} of text.matchAll(hanRun)) {
    for (let start = 0; start < run.length; start += longestPiece) {
      detectInRun(judged, options, run.slice(start, start + longestPiece), index + start, found)
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

let scorer: Scorer | undefined

function defaultScorer(): Scorer {
  return (scorer ??= createScorer(charModel(), defaultScoring))
}
