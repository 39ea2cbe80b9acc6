import {dictionaryRows, similarChars} from '../dictionaries/registry.js'
import {standaloneKey, wordKey} from './format.js'
import {replacementGain, type Scorer} from './score.js'

/**
 * What the ranker (`ranker.ts`) weighs about replacing one character by a sound- or
 * shape-alike candidate. Counts enter as ln(1 + count): their evidence grows with the order
 * of magnitude, not the count.
 */
export const featureNames = [
  /** Log-probability gain of the run with the candidate, capped at `gainCap`. */
  'gain',
  /** Largest count of a bigram the character forms with a neighbour. */
  'support',
  /** The same for the candidate. */
  'candidateSupport',
  'leftBigram',
  'rightBigram',
  'candidateLeftBigram',
  'candidateRightBigram',
  /** How common the character is in running text and the lexicon. */
  'unigram',
  'candidateUnigram',
  /** How often the character is a word on its own in the jieba dictionary (的, 或, 胃). */
  'standalone',
  'candidateStandalone',
  /** Frequency of the most frequent dictionary word of 2–4 characters over the position. */
  'word',
  /** The same once the candidate stands there (部暑 → 部署). */
  'candidateWord',
  'samePinyin',
  'similarSound',
  'similarShape',
  /** The character starts or ends its run of Han characters: half its context is missing. */
  'runEdge',
  /** A Chinese numeral is next to the character: counts around numbers say little (近八百斤, 十中全会). */
  'nearNumeral',
  /** How often the character has been seen typed for the candidate in ECSpell's errors (`typo-char-pairs`). */
  'ecspellPair',
  /** How often the word-pair lists have the character for the candidate (`typo-char-pairs`). */
  'listedPair',
  /** Gain lead over the runner-up candidate; for the others, minus their gap to the best. */
  'margin',
] as const

const gainCap = 30

/** Chinese numerals. */
export const numeral = /[〇一二三四五六七八九十百千万亿零两半几]/

/** A replacement for one character and what the ranker weighs about it. */
export interface Candidate {
  char: string
  gain: number
  features: number[]
}

/**
 * Characters that are each right in countless words, so that only the context decides
 * between them: the function-word rules judge these (的/地/得, 做/作, 像/象, 账/帐, 已/以,
 * 须/需, 他/它), and the detector never proposes one for the other.
 */
const contextPairs: ReadonlySet<string> = new Set(
  ['的地', '的得', '地得', '做作', '像象', '账帐', '已以', '须需', '他它'].flatMap((pair) => [pair, [...pair].reverse().join('')]),
)

interface Confusables {
  samePinyin: ReadonlySet<string>
  similarSound: ReadonlySet<string>
  similarShape: ReadonlySet<string>
  all: readonly string[]
}

const confusables = new Map<string, Confusables>()

/** Sound- and shape-alike characters of `char`, by kind and all together. */
function confusableChars(char: string): Confusables {
  let found = confusables.get(char)
  if (!found) {
    const similar = similarChars(char)
    const samePinyin = new Set(similar?.samePinyin ?? '')
    const similarSound = new Set(similar?.similarSound ?? '')
    const similarShape = new Set(similar?.similarShape ?? '')
    const all = [...new Set([...samePinyin, ...similarSound, ...similarShape])].filter((other) => !contextPairs.has(char + other))
    found = {samePinyin, similarSound, similarShape, all}
    confusables.set(char, found)
  }
  return found
}

/** How often `wrong` has been seen typed for `right`: in ECSpell's errors, and in listed word pairs. */
export type PairCounts = (wrong: string, right: string) => readonly [number, number]

const noPair = [0, 0] as const
let shippedPairs: Map<string, readonly [number, number]> | undefined

/** The counts of the shipped `typo-char-pairs` dictionary. */
export function shippedPairCounts(wrong: string, right: string): readonly [number, number] {
  shippedPairs ??= new Map(dictionaryRows('typo-char-pairs').map(([wrong, right, ecspell, listed]) => [wrong! + right!, [Number(ecspell), Number(listed)]]))
  return shippedPairs.get(wrong + right) ?? noPair
}

/** The two bigram counts around position `i` of `run`. */
function bigrams(scorer: Scorer, run: string, i: number): [number, number] {
  return [i > 0 ? scorer.count(run, i - 1, i + 1) : 0, i + 1 < run.length ? scorer.count(run, i, i + 2) : 0]
}

/** The largest count of an n-gram of 2–`order` characters of `run` that covers position `i`. */
export function support(scorer: Scorer, run: string, i: number): number {
  // Every such n-gram contains one of the two bigrams around `i`, and an n-gram is never
  // more frequent than the bigrams in it, so the bigrams decide.
  return Math.max(...bigrams(scorer, run, i))
}

/** Frequency of `text.slice(start, end)` as a dictionary word of 2–4 characters. */
function wordFrequency(scorer: Scorer, text: string, start: number, end: number): number {
  const key = wordKey(text.slice(start, end))
  return scorer.model.counts(key, 0, key.length).lexicon
}

/** The most frequent dictionary word of 2–4 characters of `run` over position `i`. */
function bestWord(scorer: Scorer, run: string, i: number): number {
  let best = 0
  for (let length = 2; length <= 4; length++) {
    for (let start = Math.max(0, i - length + 1); start <= i && start + length <= run.length; start++) {
      best = Math.max(best, wordFrequency(scorer, run, start, start + length))
    }
  }
  return best
}

/** How often `char` is a word on its own in the jieba dictionary. */
export function standalone(scorer: Scorer, char: string): number {
  return scorer.model.counts(standaloneKey(char), 0, 2).lexicon
}

type FeatureName = (typeof featureNames)[number]
type Features = Record<FeatureName, number>

/**
 * The candidates for `run[i]` that make the run more probable, best gain first, with their
 * features. A candidate forming no bigram more frequent than the character's is skipped: no
 * other can gain much, and scoring is the costly part.
 */
export function candidatesAt(scorer: Scorer, run: string, i: number, pairCounts: PairCounts = shippedPairCounts): Candidate[] {
  const actual = run[i]!
  const kinds = confusableChars(actual)
  const [leftBigram, rightBigram] = bigrams(scorer, run, i)
  const seen = Math.max(leftBigram, rightBigram)
  const before = run.slice(Math.max(0, i - 1), i)
  const after = run.slice(i + 1, i + 2)
  const scored: {char: string; gain: number; counts: Omit<Features, 'margin'>}[] = []
  for (const char of kinds.all) {
    // The candidate's bigrams from a three-character window: this loop is the hot spot.
    const [candidateLeftBigram, candidateRightBigram] = bigrams(scorer, before + char + after, before.length)
    const candidateSeen = Math.max(candidateLeftBigram, candidateRightBigram)
    if (candidateSeen <= seen) continue
    const gain = replacementGain(scorer, run, i, char)
    if (gain < 0) continue
    const [ecspellPair, listedPair] = pairCounts(actual, char)
    scored.push({
      char,
      gain,
      counts: {
        gain: Math.min(gain, gainCap),
        support: seen,
        candidateSupport: candidateSeen,
        leftBigram,
        rightBigram,
        candidateLeftBigram,
        candidateRightBigram,
        unigram: scorer.count(run, i, i + 1),
        candidateUnigram: scorer.count(char, 0, 1),
        standalone: standalone(scorer, actual),
        candidateStandalone: standalone(scorer, char),
        word: bestWord(scorer, run, i),
        candidateWord: bestWord(scorer, run.slice(0, i) + char + run.slice(i + 1), i),
        samePinyin: Number(kinds.samePinyin.has(char)),
        similarSound: Number(kinds.similarSound.has(char)),
        similarShape: Number(kinds.similarShape.has(char)),
        runEdge: Number(i === 0 || i === run.length - 1),
        nearNumeral: Number(numeral.test(run.slice(Math.max(0, i - 1), i + 2))),
        ecspellPair,
        listedPair,
      },
    })
  }
  scored.sort((a, b) => b.gain - a.gain)
  const [best, runnerUp] = scored
  return scored.map(({char, gain, counts}) => {
    const margin = char === best!.char ? Math.min(gain - (runnerUp?.gain ?? 0), gainCap) : -Math.min(best!.gain - gain, gainCap)
    const features: Features = {...counts, margin}
    return {char, gain, features: featureNames.map((name) => (countFeatures.has(name) ? Math.log1p(features[name]) : features[name]))}
  })
}

/** The features that are counts, and enter as ln(1 + count). */
const countFeatures: ReadonlySet<FeatureName> = new Set([
  'support', 'candidateSupport', 'leftBigram', 'rightBigram', 'candidateLeftBigram', 'candidateRightBigram', 'unigram', 'candidateUnigram',
  'standalone', 'candidateStandalone', 'word', 'candidateWord', 'ecspellPair', 'listedPair',
])
