import {describe, expect, it} from 'vitest'
import {LineIndex} from './line-index.js'

describe('LineIndex', () => {
  it('ends lines at LF, CRLF and a lone CR, as LSP does', () => {
    const text = 'a\nb\r\nc\rd'
    const lines = new LineIndex(text)
    expect([0, 2, 5, 7].map((offset) => lines.place(offset))).toEqual([
      {line: 1, column: 1},
      {line: 2, column: 1},
      {line: 3, column: 1},
      {line: 4, column: 1},
    ])
    expect(lines.place(3)).toEqual({line: 2, column: 2})
    expect(lines.place(4)).toEqual({line: 2, column: 3})
  })

  it('counts columns in UTF-16 code units', () => {
    const lines = new LineIndex('𠮷😀,\n𩸽,')
    expect(lines.place(4)).toEqual({line: 1, column: 5})
    expect(lines.place(8)).toEqual({line: 2, column: 3})
  })

  it('places the end of the text after its last character', () => {
    expect(new LineIndex('中文').place(2)).toEqual({line: 1, column: 3})
    expect(new LineIndex('中文\n').place(3)).toEqual({line: 2, column: 1})
    expect(new LineIndex('').place(0)).toEqual({line: 1, column: 1})
  })

  it('gives the start of each line, and nothing past the last', () => {
    const lines = new LineIndex('a\r\nb\rc')
    expect([1, 2, 3, 4].map((line) => lines.lineStart(line))).toEqual([0, 3, 5, undefined])
  })
})
