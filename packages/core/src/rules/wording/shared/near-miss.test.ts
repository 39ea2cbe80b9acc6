import {describe, expect, it} from 'vitest'
import {nearMisses} from './near-miss.js'
import {withCharacters, withoutQuotes} from './quotes.js'
import {createVariantIndex} from './variant-index.js'

const variantsOf = (text: string, chunks: string[], structural = true): string[] =>
  nearMisses(text, 0, chunks, {structural}).map((miss) => miss.variant)

describe('nearMisses', () => {
  it('replaces a character by a same-pinyin or similar-shape one', () => {
    expect(variantsOf('全面从严治党', ['全面', '从严', '治党'])).toContain('全面从严治档')
  })

  it('drops and doubles inner characters of words, never the first or last character', () => {
    const variants = variantsOf('社会主义核心价值观', ['社会主义', '核心', '价值观'])
    expect(variants).toContain('社会主义核心价观')
    expect(variants).toContain('社会主义核心价值值观')
    expect(variants).not.toContain('会主义核心价值观')
    expect(variants).not.toContain('社会主义核心价值观观')
  })

  it('does not drop a whole one-character word: what remains may be a correct phrase', () => {
    expect(variantsOf('中国式现代化', ['中国', '式', '现代化'])).not.toContain('中国现代化')
  })

  it('swaps adjacent words only in long formulations', () => {
    expect(variantsOf('习近平新时代中国特色社会主义思想', ['习近平', '新', '时代', '中国', '特色', '社会主义', '思想'])).toContain('新时代习近平中国特色社会主义思想')
    expect(variantsOf('全面推进乡村振兴', ['全面', '推进', '乡村', '振兴'])).not.toContain('推进乡村全面振兴')
  })

  it('leaves numerals alone: 十二大 is another congress, not a slip for 二十大', () => {
    expect(variantsOf('党的二十大', ['党', '的', '二十', '大']).some((variant) => variant.startsWith('党的十二'))).toBe(false)
  })

  it('writes 、 as ， in a formulation that has one', () => {
    expect(variantsOf('不忘初心、牢记使命', ['不忘', '初心', '、', '牢记', '使命'])).toContain('不忘初心，牢记使命')
  })

  it('generates only substitutions when structural edits are off (names)', () => {
    const variants = variantsOf('王沪宁', ['王沪宁'], false)
    expect(variants).toContain('王沪凝')
    expect(variants.every((variant) => variant.length === 3)).toBe(true)
  })
})

describe('createVariantIndex', () => {
  const misses = nearMisses('两个维护', 0, ['两个', '维护'], {structural: true})
  const index = createVariantIndex(misses, () => false)

  it('finds a variant, but not one that is excluded', () => {
    expect(index.find('做到两个维户。').map((hit) => [hit.start, hit.end])).toEqual([[2, 6]])
    expect(createVariantIndex(misses, (variant) => variant === '两个维户').find('做到两个维户。')).toEqual([])
  })

  it('does not match past the end of the text', () => {
    expect(index.find('两个维')).toEqual([])
  })
})

describe('quotes', () => {
  it('maps unquoted offsets back to the original', () => {
    const unquoted = withoutQuotes('做到“两个维护”')
    expect(unquoted.text).toBe('做到两个维护')
    expect(unquoted.offsets[2]).toBe(3)
  })

  it('keeps quotation marks inside a corrected span', () => {
    expect(withCharacters('三个代表”重要思相', '三个代表重要思想')).toBe('三个代表”重要思想')
    expect(withCharacters('两个维户', '两个维护')).toBe('两个维护')
  })
})
