import {describe, expect, it} from 'vitest'
import {candidatesAt, featureNames} from './features.js'
import {charModel} from './model.js'
import {createScorer} from './score.js'

const scorer = createScorer(charModel())
const feature = (features: readonly number[], name: (typeof featureNames)[number]) => features[featureNames.indexOf(name)]!

describe('candidatesAt', () => {
  it('proposes the sound-alike that completes a frequent word, with the evidence for it', () => {
    const run = '严格执行请示报告制渡'
    const candidates = candidatesAt(scorer, run, run.indexOf('渡'))
    const best = candidates[0]!
    expect(best.char).toBe('度')
    expect(best.features).toHaveLength(featureNames.length)
    expect(feature(best.features, 'candidateWord')).toBeGreaterThan(feature(best.features, 'word'))
    expect(feature(best.features, 'samePinyin')).toBe(1)
    expect(feature(best.features, 'margin')).toBeGreaterThan(0)
    for (const other of candidates.slice(1)) expect(feature(other.features, 'margin')).toBeLessThanOrEqual(0)
  })

  it('orders candidates by gain and proposes none that makes the run less probable', () => {
    const run = '全面深化改格开放'
    const gains = candidatesAt(scorer, run, run.indexOf('格')).map(({gain}) => gain)
    expect(gains.length).toBeGreaterThan(0)
    expect(gains).toEqual([...gains].sort((a, b) => b - a))
    expect(Math.min(...gains)).toBeGreaterThanOrEqual(0)
  })

  it('never proposes the other of a pair only the context decides (的/地, 做/作)', () => {
    for (const [run, i] of [['认真的研究', 2], ['认真作好工作', 2]] as const) {
      const chars = candidatesAt(scorer, run, i).map(({char}) => char)
      expect(chars).not.toContain(run[i] === '的' ? '地' : '做')
    }
  })
})
