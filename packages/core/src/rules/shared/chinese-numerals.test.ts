import {describe, expect, it} from 'vitest'
import {formatChineseNumeral, parseChineseNumeral} from './chinese-numerals.js'

describe('Chinese numerals of 序次语', () => {
  it('reads 一 to 九十九', () => {
    expect(['一', '九', '十', '十二', '二十', '二十三', '九十九'].map(parseChineseNumeral)).toEqual([1, 9, 10, 12, 20, 23, 99])
  })

  it('rejects what is not a numeral', () => {
    expect(['二二', '十十', '一十十', '百', ''].map(parseChineseNumeral)).toEqual([undefined, undefined, undefined, undefined, undefined])
  })

  it('writes back what it reads', () => {
    for (let value = 1; value < 100; value++) expect(parseChineseNumeral(formatChineseNumeral(value))).toBe(value)
  })
})
