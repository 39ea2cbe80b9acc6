import {describe, expect, it} from 'vitest'
import {ruleIds} from '../rules/index.js'
import {check, stripBom} from './check.js'
import type {Config} from './config.js'

const halfwidth = 'punctuation/no-halfwidth-in-chinese'
const config: Config = {rules: Object.fromEntries([...ruleIds].map((id) => [id, id === halfwidth ? 'error' : 'off']))}

/** A comma that only HTML sees in Chinese context: as text, `>` and `<` surround it. */
const htmlOnly = '中<b>,</b>文'

describe('check', () => {
  it('counts offsets, lines and columns after the BOM', () => {
    const [finding] = check('\uFEFF中,文', {format: 'text', config})
    expect(finding).toMatchObject({offset: 1, length: 1, line: 1, column: 2, endLine: 1, endColumn: 3, actual: ','})
  })

  it('reads text when no format is given', () => {
    expect(check(htmlOnly, {config})).toEqual([])
  })

  it('picks the format from the path when none is given', () => {
    expect(check(htmlOnly, {path: 'docs/notice.HTML', config}).map((finding) => finding.offset)).toEqual([4])
    expect(check(htmlOnly, {path: 'notice.txt', config})).toEqual([])
    expect(check(htmlOnly, {path: 'notice.docx', config})).toEqual([])
  })

  it('prefers the format it is given to the path', () => {
    expect(check(htmlOnly, {path: 'notice.html', format: 'text', config})).toEqual([])
  })

  it('reads an empty document', () => {
    for (const format of ['text', 'markdown', 'html'] as const) {
      expect(check('', {format, config})).toEqual([])
      expect(check('\uFEFF', {format, config})).toEqual([])
    }
  })
})

describe('stripBom', () => {
  it('removes one leading BOM only', () => {
    expect(stripBom('\uFEFF中')).toBe('中')
    expect(stripBom('\uFEFF\uFEFF中')).toBe('\uFEFF中')
    expect(stripBom('中\uFEFF')).toBe('中\uFEFF')
  })
})
