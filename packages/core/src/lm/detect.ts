import {similarChars} from '../dictionaries/registry.js'
import {standaloneKey, wordKey} from './format.js'
import {charModel} from './model.js'
import {createScorer, defaultScoring, replacementGain, type Scorer, type ScoringOptions} from './score.js'

/** When a replacement is reported; the defaults are calibrated by `npm run bench:typos`. */
export interface DetectionOptions extends ScoringOptions {
  /**
   * Largest count an n-gram (2–4 characters) around a character may have for the character
   * to be suspected at all: correct text almost never has a character that forms no known
   * n-gram with either neighbour.
   */
  maxSupport: number
  /**
   * Characters used this often as words on their own (jieba frequency: 或, 和, 里) are never
   * suspected: a function word's neighbours vary too much for the counts to judge them.
   */
  maxStandalone: number
  /** Least log-probability gain of the best candidate for the first finding in a run. */
  threshold: number
  /**
   * Extra gain demanded per unit of ln(1 + support): a character that forms a known n-gram
   * with a neighbour (险恶 in 扫黑险恶) is suspected only when a candidate is far better.
   */
  supportPenalty: number
  /**
   * Least gain for further findings in a run that already has one: typos come in clusters,
   * and one typo hides the next by spoiling its context.
   */
  followUpThreshold: number
  /**
   * Least gain for a character with word evidence against it, instead of `threshold`: it
   * forms no known bigram with either neighbour and lies in no dictionary word, while a
   * sound-alike candidate completes a frequent word (制渡 → 制度, 征据 → 证据).
   */
  wordThreshold: number
  /** Least jieba frequency of the word a candidate completes, for word evidence. */
  minWordFrequency: number
  /**
   * Characters used this often as words on their own (吃, 会) get no word evidence against
   * them: a one-character word needs no dictionary word around it.
   */
  maxWordStandalone: number
}

export const defaultDetection: DetectionOptions = {...defaultScoring, maxSupport: 30, maxStandalone: 50_000, threshold: 13, supportPenalty: 3, followUpThreshold: 8, wordThreshold: 12, minWordFrequency: 300, maxWordStandalone: 5000}

/** A character the model takes for a typo, with the replacements it prefers, best first. */
export interface Suspect {
  /** UTF-16 offset in the checked text. */
  index: number
  actual: string
  expected: string[]
  /** Log-probability gain of `expected[0]` over `actual`. */
  gain: number
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

/** Chinese numerals: counts around a number say little, as numbers vary without end (近八百斤, 十中全会). */
const numeral = /[〇一二三四五六七八九十百千万亿零两半几]/

/**
 * Characters that are each right in countless words, so that only the context decides
 * between them: the function-word rules judge these (的/地/得, 做/作, 像/象, 账/帐, 已/以,
 * 须/需, 他/它), and where one of them would win, this detector says nothing.
 */
const contextPairs: ReadonlySet<string> = new Set(
  ['的地', '的得', '地得', '做作', '像象', '账帐', '已以', '须需', '他它'].flatMap((pair) => [pair, [...pair].reverse().join('')]),
)

function isContextPair(a: string, b: string): boolean {
  return contextPairs.has(a + b)
}

/** Whether position `i` of `run` is a numeral or next to one. */
function nearNumeral(run: string, i: number): boolean {
  return numeral.test(run.slice(Math.max(0, i - 1), i + 2))
}

const confusables = new Map<string, readonly string[]>()

/** Sound- and shape-alike characters of `char`, in the dictionary's order, once each. */
function confusableChars(char: string): readonly string[] {
  let chars = confusables.get(char)
  if (!chars) {
    const similar = similarChars(char)
    chars = similar ? [...new Set(similar.samePinyin + similar.similarSound + similar.similarShape)] : []
    confusables.set(char, chars)
  }
  return chars
}

/** The largest count of an n-gram of 2–`order` characters of `run` that covers position `i`. */
function support(scorer: Scorer, run: string, i: number): number {
  // Every such n-gram contains one of the two bigrams around `i`, and an n-gram is never
  // more frequent than the bigrams in it, so the bigrams decide.
  const left = i > 0 ? scorer.count(run, i - 1, i + 1) : 0
  const right = i + 1 < run.length ? scorer.count(run, i, i + 2) : 0
  return Math.max(left, right)
}

/**
 * Candidates for `run[i]` that beat it by at least `threshold`, best first. Only those
 * that form a more frequent bigram with a neighbour than the character does are scored:
 * no other can gain much, and scoring is the costly part.
 */
function rankCandidates(scorer: Scorer, run: string, i: number, seen: number, threshold: number): {char: string; gain: number}[] {
  const ranked: {char: string; gain: number}[] = []
  const left = run.slice(Math.max(0, i - 1), i)
  const right = run.slice(i + 1, i + 2)
  for (const char of confusableChars(run[i]!)) {
    const pair = left + char + right
    const candidateSupport = Math.max(left ? scorer.count(pair, 0, 2) : 0, right ? scorer.count(pair, left.length, left.length + 2) : 0)
    if (candidateSupport <= seen) continue
    const gain = replacementGain(scorer, run, i, char)
    if (gain < threshold) continue
    // The function-word rules judge this character; a worse candidate would only mislead.
    if (isContextPair(run[i]!, char)) return []
    ranked.push({char, gain})
  }
  return ranked.sort((a, b) => b.gain - a.gain)
}

/** The frequency of `text.slice(start, end)` as a dictionary word of 2–4 characters. */
function wordFrequency(scorer: Scorer, text: string, start: number, end: number): number {
  const key = wordKey(text.slice(start, end))
  return scorer.model.counts(key, 0, key.length).lexicon
}

/** Windows `[start, end)` of 2–4 characters of `run` that cover position `i`. */
function* windowsOver(run: string, i: number): Generator<[number, number]> {
  for (let length = 2; length <= 4; length++) {
    for (let start = Math.max(0, i - length + 1); start <= i && start + length <= run.length; start++) yield [start, start + length]
  }
}

/** Whether `run[i]` belongs to some dictionary word of 2–4 characters. */
function inWord(scorer: Scorer, run: string, i: number): boolean {
  for (const [start, end] of windowsOver(run, i)) if (wordFrequency(scorer, run, start, end) > 0) return true
  return false
}

/**
 * Whether `char` at position `i` of `run` completes a dictionary word at least `least`
 * frequent, out of characters that are in no dictionary word as they stand: a neighbour
 * already in a word (部 in 胸部闷胀) is no evidence that it belongs with the candidate.
 */
function completesWord(scorer: Scorer, run: string, i: number, char: string, least: number): boolean {
  const replaced = run.slice(0, i) + char + run.slice(i + 1)
  for (const [start, end] of windowsOver(replaced, i)) {
    // The plain n-gram must be known too: two lookups make a fingerprint clash harmless.
    if (wordFrequency(scorer, replaced, start, end) < least || scorer.model.counts(replaced, start, end).lexicon === 0) continue
    if (freeNeighbours(scorer, run, start, end, i)) return true
  }
  return false
}

/** Whether the characters of `run.slice(start, end)` other than `run[i]` are in no dictionary word. */
function freeNeighbours(scorer: Scorer, run: string, start: number, end: number, i: number): boolean {
  for (let j = start; j < end; j++) if (j !== i && inWord(scorer, run, j)) return false
  return true
}

const soundAlikes = new Map<string, readonly string[]>()

/** Same- and similar-pinyin characters of `char`, once each. */
function soundAlikeChars(char: string): readonly string[] {
  let chars = soundAlikes.get(char)
  if (!chars) {
    const similar = similarChars(char)
    chars = similar ? [...new Set(similar.samePinyin + similar.similarSound)] : []
    soundAlikes.set(char, chars)
  }
  return chars
}

/**
 * Sound-alike candidates for `run[i]`, a character in no dictionary word, that complete a
 * word and beat it by at least `threshold`, best first. Sound is the evidence here: errors
 * typed with a pinyin input method keep the sound, while shape-alikes complete a word by
 * chance too often.
 */
function rankWordCandidates(scorer: Scorer, run: string, i: number, options: DetectionOptions, threshold: number): {char: string; gain: number}[] {
  const ranked: {char: string; gain: number}[] = []
  for (const char of soundAlikeChars(run[i]!)) {
    if (!completesWord(scorer, run, i, char, options.minWordFrequency)) continue
    const gain = replacementGain(scorer, run, i, char)
    if (gain < threshold) continue
    if (isContextPair(run[i]!, char)) return []
    ranked.push({char, gain})
  }
  return ranked.sort((a, b) => b.gain - a.gain)
}

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

/** Finds suspects in one run of Han characters, most certain first, correcting as it goes. */
function detectInRun(scorer: Scorer, options: DetectionOptions, run: string, offset: number, found: Suspect[]): void {
  const corrected = new Set<number>()
  let text = run
  for (;;) {
    const threshold = corrected.size === 0 ? options.threshold : options.followUpThreshold
    let best: Suspect | undefined
    for (let i = 0; i < text.length; i++) {
      if (corrected.has(i) || nearNumeral(text, i)) continue
      const seen = support(scorer, text, i)
      if (seen > options.maxSupport) continue
      const standalone = scorer.model.counts(standaloneKey(text[i]!), 0, 2).lexicon
      if (standalone > options.maxStandalone) continue
      let ranked = rankCandidates(scorer, text, i, seen, threshold + options.supportPenalty * Math.log1p(seen))
      if (ranked.length === 0 && seen === 0 && standalone <= options.maxWordStandalone && !inWord(scorer, text, i)) {
        ranked = rankWordCandidates(scorer, text, i, options, Math.min(threshold, options.wordThreshold))
      }
      if (ranked.length > 0 && (!best || ranked[0]!.gain > best.gain)) {
        const expected = ranked.slice(0, 3).map((candidate) => candidate.char)
        best = {index: i, actual: run[i]!, expected, gain: ranked[0]!.gain, context: [i, i + 1]}
      }
    }
    if (!best) return
    corrected.add(best.index)
    text = text.slice(0, best.index) + best.expected[0]! + text.slice(best.index + 1)
    const [start, end] = seenContext(scorer, text, best.index)
    found.push({...best, index: offset + best.index, context: [offset + start, offset + end]})
  }
}

/** Characters of `text` the language model takes for typos, in text order. */
export function detectTypos(text: string, options: DetectionOptions = defaultDetection, scorer: Scorer = defaultScorer(options)): Suspect[] {
  const found: Suspect[] = []
  for (const {0: run, index} of text.matchAll(hanRun)) {
    for (let start = 0; start < run.length; start += longestPiece) {
      detectInRun(scorer, options, run.slice(start, start + longestPiece), index + start, found)
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

let scorer: Scorer | undefined

function defaultScorer(options: ScoringOptions): Scorer {
  if (options.lexiconWeight === defaultScoring.lexiconWeight && options.backoff === defaultScoring.backoff) {
    return (scorer ??= createScorer(charModel(), defaultScoring))
  }
  return createScorer(charModel(), options)
}
