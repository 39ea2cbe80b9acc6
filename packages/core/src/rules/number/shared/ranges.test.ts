import {describe, expect, it} from 'vitest'
import {findNumberPairs} from './ranges.js'

describe('findNumberPairs', () => {
  it('finds each pair from the start of its first number', () => {
    const text = '2023-2025年，增长6.5%-7%，9:00-17:30'
    expect(findNumberPairs(text).map(({first, connector, second}) => [first.text, connector.mark, second.text])).toEqual([
      ['2023', '-', '2025'],
      ['6.5', '-', '7'],
      ['9:00', '-', '17:30'],
    ])
  })

  it('never starts a number inside a digit run, so a huge run of digits is one scan', () => {
    const text = `共${'1'.repeat(100_000)}人，3-5月`
    expect(findNumberPairs(text).map(({first, second}) => [first.text, second.text])).toEqual([['3', '5']])
  })
})
