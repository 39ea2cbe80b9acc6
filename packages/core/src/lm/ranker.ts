import {readDictionary} from '@shenjiao/dictionaries'
import {featureNames} from './features.js'

/** The dictionary id of the shipped ranker. */
export const rankerId = 'typo-ranker'

/**
 * A logistic model over candidate features: the probability that a replacement is the
 * correction of a real typo. Features are standardised by the mean and scale seen in
 * training, so that the weights compare.
 */
export interface Ranker {
  bias: number
  mean: readonly number[]
  scale: readonly number[]
  weights: readonly number[]
}

/** The probability that the candidate with these features corrects a typo. */
export function probability(ranker: Ranker, features: readonly number[]): number {
  let logit = ranker.bias
  for (let j = 0; j < features.length; j++) logit += (ranker.weights[j]! * (features[j]! - ranker.mean[j]!)) / ranker.scale[j]!
  return 1 / (1 + Math.exp(-logit))
}

/** Rows `feature, mean, scale, weight` and one `bias` row, in `featureNames` order. */
export function parseRanker(rows: readonly string[][]): Ranker {
  const bias = rows.find(([name]) => name === 'bias')
  const terms = rows.filter(([name]) => name !== 'bias')
  const names = terms.map(([name]) => name)
  if (!bias || names.join() !== featureNames.join()) {
    throw new Error(`${rankerId}: expected rows ${featureNames.join(', ')} and bias; found ${rows.map(([name]) => name).join(', ')}. Rebuild it with dictionaries/scripts/train-typo-ranker.js.`)
  }
  return {bias: Number(bias[1]), mean: terms.map((row) => Number(row[1])), scale: terms.map((row) => Number(row[2])), weights: terms.map((row) => Number(row[3]))}
}

let loaded: Ranker | undefined

/** The shipped ranker, read once. */
export function typoRanker(): Ranker {
  return (loaded ??= parseRanker(readDictionary(rankerId)))
}
