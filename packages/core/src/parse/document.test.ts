import {describe, expect, it} from 'vitest'
import {parseDirective} from './document.js'

describe('parseDirective', () => {
  it('reads the three directives, with or without rule ids', () => {
    expect(parseDirective(' shenjiao-disable-next-line a/b ', 3, 9)).toEqual({kind: 'disable-next-line', ruleIds: ['a/b'], start: 3, end: 9})
    expect(parseDirective(' shenjiao-disable ', 0, 1)).toMatchObject({kind: 'disable', ruleIds: []})
    expect(parseDirective('shenjiao-enable', 0, 1)).toMatchObject({kind: 'enable', ruleIds: []})
  })

  it('splits ids at spaces and commas, across lines', () => {
    expect(parseDirective(' shenjiao-disable a/b, c/d\n  e/f ', 0, 1)?.ruleIds).toEqual(['a/b', 'c/d', 'e/f'])
  })

  it('drops a reason after `--`', () => {
    expect(parseDirective(' shenjiao-disable-next-line a/b -- 引用英文原文 ', 0, 1)?.ruleIds).toEqual(['a/b'])
    expect(parseDirective(' shenjiao-disable -- 整段是引文 ', 0, 1)?.ruleIds).toEqual([])
  })

  it('ignores other comments and unknown directive names', () => {
    for (const comment of [' 普通注释 ', ' eslint-disable ', ' shenjiao-disable-line a/b ', ' shenjiao-enabled ', ' x shenjiao-disable ']) {
      expect(parseDirective(comment, 0, 1)).toBeUndefined()
    }
  })
})
