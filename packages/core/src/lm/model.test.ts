import {describe, expect, it} from 'vitest'
import {modelFormat, modelVersion, wordKey} from './format.js'
import {charModel} from './model.js'

describe('charModel', () => {
  it('loads the shipped model with the expected header, quickly', () => {
    const started = performance.now()
    const model = charModel()
    const elapsed = performance.now() - started
    expect(model.header).toMatchObject({format: modelFormat, version: modelVersion, order: 4})
    expect(model.header.slots & (model.header.slots - 1)).toBe(0)
    expect(model.header.corpusTotal).toBeGreaterThan(500_000)
    expect(model.header.lexiconTotal).toBeGreaterThan(model.header.corpusTotal)
    expect(elapsed).toBeLessThan(2000)
  })

  it('knows common government n-grams and not garbled ones', () => {
    const model = charModel()
    const count = (text: string) => model.counts(text, 0, text.length)
    expect(count('政府').corpus).toBeGreaterThan(100)
    expect(count('部署').lexicon).toBeGreaterThan(0)
    expect(count('部暑')).toEqual({corpus: 0, lexicon: 0})
  })

  it('keeps dictionary words apart from n-grams inside longer words', () => {
    const model = charModel()
    const word = (text: string) => model.counts(wordKey(text), 0, text.length + 1).lexicon
    expect(word('共和国')).toBeGreaterThan(0)
    expect(model.counts('合国', 0, 2).lexicon).toBeGreaterThan(0)
    expect(word('合国')).toBe(0)
  })
})
