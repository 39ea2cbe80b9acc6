import {describe, expect, it} from 'vitest'
import {featureNames} from './features.js'
import {parseRanker, probability, typoRanker} from './ranker.js'

const rows = (weights: number[]) => [...featureNames.map((name, j) => [name, '0', '1', String(weights[j] ?? 0)]), ['bias', '-2']]

describe('ranker', () => {
  it('is a logistic function of the standardised features', () => {
    const ranker = parseRanker([...featureNames.map((name) => [name, '1', '2', name === 'gain' ? '0.5' : '0']), ['bias', '-1']])
    const features = featureNames.map((name) => (name === 'gain' ? 9 : 0))
    // logit = −1 + 0.5 · (9 − 1) / 2 = 1
    expect(probability(ranker, features)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12)
  })

  it('rejects a file whose features are not the ones the code computes, saying how to rebuild it', () => {
    expect(() => parseRanker(rows([]).slice(1))).toThrow(/train-typo-ranker\.js/)
    expect(() => parseRanker(rows([]).filter(([name]) => name !== 'bias'))).toThrow(/bias/)
  })

  it('ships a ranker that trusts gain and completed words, and distrusts suspecting function words', () => {
    const {weights} = typoRanker()
    const weight = (name: (typeof featureNames)[number]) => weights[featureNames.indexOf(name)]!
    expect(weight('gain')).toBeGreaterThan(0)
    expect(weight('candidateWord')).toBeGreaterThan(0)
    expect(weight('margin')).toBeGreaterThan(0)
    expect(weight('standalone')).toBeLessThan(0)
  })
})
