import type {CharModel} from './model.js'

/** How counts become probabilities; the defaults are calibrated by `npm run bench:typos`. */
export interface ScoringOptions {
  /** Weight of a lexicon count (word frequency) against a count in running text. */
  lexiconWeight: number
  /** Factor applied for each order backed off when an n-gram was never seen. */
  backoff: number
}

export const defaultScoring: ScoringOptions = {lexiconWeight: 0.02, backoff: 0.4}

/** Size assumed for the character vocabulary when smoothing unigrams. */
const vocabulary = 20_000

export interface Scorer {
  readonly model: CharModel
  readonly order: number
  /** log P(text[i] | the up to `order − 1` characters before it, none before `from`). */
  logProb(text: string, from: number, i: number): number
  /** Combined count of `text.slice(start, end)`. */
  count(text: string, start: number, end: number): number
}

/**
 * A character language model with stupid backoff (Brants et al. 2007): S(c|h) = C(hc)/C(h)
 * for the longest context h where hc was seen, times `backoff` for each order dropped; a
 * count C adds running-text counts and weighted lexicon counts. Scores are not normalised,
 * which costs nothing here: the detector only compares one text with its variants, and the
 * scheme degrades gently where the counts are sparse (unlike smoothing that charges an unseen
 * n-gram again at every order).
 */
export function createScorer(model: CharModel, options: ScoringOptions = defaultScoring): Scorer {
  const {lexiconWeight, backoff} = options
  const total = model.header.corpusTotal + lexiconWeight * model.header.lexiconTotal
  const count = (text: string, start: number, end: number): number => {
    const {corpus, lexicon} = model.counts(text, start, end)
    return corpus + lexiconWeight * lexicon
  }
  const order = model.header.order
  const logBackoff = Math.log(backoff)
  return {
    model,
    order,
    count,
    logProb(text, from, i) {
      let penalty = 0
      for (let start = Math.max(from, i - order + 1); start < i; start++) {
        const seen = count(text, start, i + 1)
        // A context rarer than its continuation is a fingerprint clash: skip that order.
        const context = count(text, start, i)
        if (seen > 0 && context >= seen) return Math.log(seen / context) + penalty
        penalty += logBackoff
      }
      return Math.log((count(text, i, i + 1) + 0.5) / (total + 0.5 * vocabulary)) + penalty
    },
  }
}

/**
 * How much more probable a Han run becomes when `text[i]` is replaced by `candidate`: the
 * change in log-probability of the characters whose context includes position `i`.
 */
export function replacementGain(scorer: Scorer, run: string, i: number, candidate: string): number {
  const start = Math.max(0, i - scorer.order + 1)
  const end = Math.min(run.length, i + scorer.order)
  const window = run.slice(start, end)
  const at = i - start
  const replaced = window.slice(0, at) + candidate + window.slice(at + 1)
  let gain = 0
  for (let j = at; j < window.length; j++) gain += scorer.logProb(replaced, 0, j) - scorer.logProb(window, 0, j)
  return gain
}
