import {describe, expect, it} from 'vitest'
import {getSegmenter} from '../../../segment/index.js'
import {findCues} from './cues.js'
import {findNames, maskName, surnameOf} from './names.js'
import {toHalfwidth} from './text.js'

function names(source: string): string[] {
  const text = toHalfwidth(source)
  return findNames(text, getSegmenter().tokenize(source), findCues(text)).map((name) => text.slice(name.start, name.end))
}

describe('findNames', () => {
  it.each([
    ['申请人王芳反映', ['王芳']],
    ['联系人：孟红梅，联系电话', ['孟红梅']],
    ['申请人莫永福的电子邮箱', ['莫永福']],
    ['夏建国，女，1951年1月出生', ['夏建国']],
    ['随军家属贾淑珍的配偶熊秀英', ['贾淑珍', '熊秀英']],
    ['当事人欧阳娜娜到场', ['欧阳娜娜']],
  ])('finds the name in %s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    '当事人张某某，身份证号码',
    '申请人王*，联系电话',
    '请联系李老师',
    '经核实，情况属实',
    '权利人：',
    '全市，共有',
    '军官证：空字第1234567号',
  ])('finds no name in %s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('masking names', () => {
  it('keeps the surname, compound ones too', () => {
    expect(surnameOf('欧阳娜娜')).toBe('欧阳')
    expect(maskName({start: 0, end: 4, surname: '欧阳'})).toBe('欧阳某某')
    expect(maskName({start: 0, end: 2, surname: '王'})).toBe('王某某')
  })
})
