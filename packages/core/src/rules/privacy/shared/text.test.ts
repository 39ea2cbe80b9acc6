import {describe, expect, it} from 'vitest'
import {clauseStart, compact, maskKeeping, revealsTooMuch, sentenceStart, toHalfwidth} from './text.js'

describe('toHalfwidth', () => {
  it('reads full-width digits, letters and marks as ASCII without moving offsets', () => {
    const text = '身份证号：１１０１０５１９４９１２３１００２Ｘ　电话'
    const half = toHalfwidth(text)
    expect(half).toBe('身份证号:11010519491231002X 电话')
    expect(half.length).toBe(text.length)
  })
})

describe('sentence and clause starts', () => {
  const text = '第一句。申请人张三，电话：1'
  it('finds the start of the sentence and of the comma clause', () => {
    expect(sentenceStart(text, text.length - 1)).toBe(4)
    expect(clauseStart(text, text.length - 1)).toBe(10)
    expect(sentenceStart('电话', 1)).toBe(0)
  })
})

describe('masking', () => {
  it('keeps the first and last characters asked for and every separator', () => {
    expect(maskKeeping('11010519491231002X', 6, 4)).toBe('110105********002X')
    expect(maskKeeping('138-0013-8000', 3, 4)).toBe('138-****-8000')
    expect(maskKeeping('6222 0212 3456 7894', 0, 4)).toBe('**** **** **** 7894')
    expect(maskKeeping('1380013****', 3, 4)).toBe('138********')
  })

  it('tells a mask that shows too much from one that does not', () => {
    expect(revealsTooMuch('110105********002X', 6, 4)).toBe(false)
    expect(revealsTooMuch('1101051949****002X', 6, 4)).toBe(true)
    expect(revealsTooMuch('622202******7894', 6, 4)).toBe(false)
    expect(revealsTooMuch('6222 0212 **** 7894', 6, 4)).toBe(true)
  })

  it('compacts an identifier for hashing', () => {
    expect(compact('138-0013 8000')).toBe('13800138000')
    expect(compact('11010519491231002x')).toBe('11010519491231002X')
  })
})
