import {defineRule} from '@shenjiao/core'
import {messageIdsOf, ruleTester, validateCases, variantsOf} from '@shenjiao/core/testing'
import {describe, expect, it} from 'vitest'
import halfwidth from '../rules/punctuation/no-halfwidth-in-chinese.js'
import repeated from '../rules/typo/no-repeated-word.js'

const covering = {text: '各位代表:', output: '各位代表：', errors: [{messageId: 'halfwidth'}]}

describe('validateCases', () => {
  it('accepts cases that cover every messageId', () => {
    expect(() => validateCases(halfwidth, [{text: '你好。'}], [covering])).not.toThrow()
  })

  it('rejects duplicate cases, valid or invalid', () => {
    expect(() => validateCases(halfwidth, [{text: '各位代表:'}], [covering])).toThrow(/Duplicate case/)
  })

  it('rejects a rule whose messageIds no case covers', () => {
    expect(() => validateCases(halfwidth, [{text: '你好。'}], [])).toThrow(/covers messageId halfwidth/)
  })

  it('requires output exactly when the rule fixes', () => {
    expect(() => validateCases(halfwidth, [], [{text: '各位代表:', errors: [{messageId: 'halfwidth'}]}])).toThrow(/Missing output/)
  })

  it('rejects messageIds the rule does not have', () => {
    expect(() => validateCases(halfwidth, [], [{...covering, errors: [{messageId: 'comma'}]}])).toThrow(/Unknown messageId/)
  })

  it('rejects rules check() cannot run', () => {
    const unregistered = defineRule({
      id: 'typo/not-registered',
      severity: 'error',
      recommended: false,
      messages: {found: '出现“{actual}”'},
      defaultOptions: {},
      create: () => ({}),
    })
    expect(() => validateCases(unregistered, [], [])).toThrow(/not in the rule registry/)
  })
})

describe('variantsOf', () => {
  it('maps every offset of the text into Markdown, HTML and astral-prefixed sources', () => {
    const [markdown, html, astral] = variantsOf('A&B,中*')
    expect(markdown!.source).toBe('**A\\&B,中\\***')
    expect(markdown!.positions).toEqual([2, 3, 5, 6, 7, 8, 10])
    expect(html!.source).toBe('<p>A&amp;B,中*</p>')
    expect(html!.positions).toEqual([3, 4, 9, 10, 11, 12, 13])
    expect(astral!.source).toBe('𠮷A&B,中*')
    expect(astral!.positions).toEqual([2, 3, 4, 5, 6, 7, 8])
  })
})

describe('messageIdsOf', () => {
  it('recognises a rendered message by its template', () => {
    expect(messageIdsOf(repeated, '“的”重复出现，疑为衍文，应删去一个')).toEqual(['repeated'])
    expect(messageIdsOf(repeated, '“的”重复出现')).toEqual([])
  })
})

// Characters that Markdown and HTML escape, so the variants' position maps are exercised.
ruleTester.run(halfwidth, {
  valid: [{name: '转义字符不改变语境', text: 'A&B <x> *y* _z_ [w] `v` | ~ #'}],
  invalid: [
    {
      name: '转义字符前后的位置',
      text: 'A&B公司*注册资本<100万元,成立于2020年',
      output: 'A&B公司*注册资本<100万元，成立于2020年',
      errors: [{messageId: 'halfwidth', actual: ',', column: 17}],
    },
  ],
})
