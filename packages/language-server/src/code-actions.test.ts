import {check, parse, type Format} from '@shenjiao/core'
import {describe, expect, it} from 'vitest'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {disableLineEdits, minimalEdit} from './code-actions.js'

/** Ignores the first finding on `line` (1-based) and returns the new text. */
function ignoreLine(text: string, format: Format, line: number): string {
  const document = TextDocument.create('file:///doc', format, 1, text)
  const finding = check(text, {format}).find((candidate) => candidate.line === line)!
  expect(finding, `a finding on line ${line}`).toBeDefined()
  return TextDocument.applyEdits(document, disableLineEdits(document, finding, format))
}

const prose = (text: string, format: Format): string[] => parse(text, format).blocks.map((block) => `${block.kind}:${block.text}`)

describe('disableLineEdits', () => {
  const markdown: Array<[string, string, number]> = [
    ['the first line of a document', '会议召开,请准时参加。\n', 1],
    ['a paragraph after a blank line', '# 标题\n\n会议召开,请准时参加。\n', 3],
    ['a paragraph continuation line', '第一行没有问题。\n第二行,有问题。\n', 2],
    ['a line after a hard break', '第一行没有问题。  \n第二行,有问题。\n', 2],
    ['a tight list item', '- 第一项。\n- 第二项,有问题。\n', 2],
    ['a table row under the delimiter row', '| 甲 | 乙 |\n| --- | --- |\n| 有问题,的 | 好 |\n', 3],
    ['a second table row', '| 甲 | 乙 |\n| --- | --- |\n| 好 | 好 |\n| 有问题,的 | 好 |\n', 4],
    ['a line after a heading', '# 标题\n会议召开,请准时参加。\n', 2],
    ['an indented list continuation', '- 第一项。\n\n  续行,有问题。\n', 3],
    ['CRLF line ends', '第一行没有问题。\r\n\r\n第二行,有问题。\r\n', 3],
  ]
  it.each(markdown)('Markdown: %s — silences that finding and leaves the prose as it was', (_, text, line) => {
    const after = ignoreLine(text, 'markdown', line)
    expect(check(after, {format: 'markdown'})).toHaveLength(check(text, {format: 'markdown'}).length - 1)
    expect(prose(after, 'markdown')).toEqual(prose(text, 'markdown'))
  })

  it('HTML: puts the comment on a line of its own, indented like the line', () => {
    const text = '<div>\n  <p>会议召开,请准时参加。</p>\n</div>\n'
    const after = ignoreLine(text, 'html', 2)
    expect(after).toBe('<div>\n  <!-- shenjiao-disable-next-line punctuation/no-halfwidth-in-chinese -->\n  <p>会议召开,请准时参加。</p>\n</div>\n')
    expect(check(after, {format: 'html'})).toEqual([])
  })
})

describe('minimalEdit', () => {
  it('replaces only the differing middle', () => {
    const document = TextDocument.create('file:///doc', 'plaintext', 1, '第一行\n会议召开,请准时参加!\n末行')
    expect(minimalEdit(document, '第一行\n会议召开，请准时参加！\n末行')).toEqual({
      range: {start: {line: 1, character: 4}, end: {line: 1, character: 11}},
      newText: '，请准时参加！',
    })
    expect(minimalEdit(document, document.getText())).toBeUndefined()
  })
})
