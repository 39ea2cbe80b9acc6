import {describe, expect, it} from 'vitest'
import {parseText} from './text.js'

/** Each block's text and the source offset it starts at. */
function linesOf(source: string): Array<[string, number]> {
  return parseText(source).blocks.map((block) => [block.text, block.map.toSource(0, 1).start])
}

describe('parseText', () => {
  it('makes every non-empty line a paragraph, whatever ends the lines', () => {
    expect(linesOf('第一段\n第二段\r\n第三段\r第四段')).toEqual([
      ['第一段', 0],
      ['第二段', 4],
      ['第三段', 9],
      ['第四段', 13],
    ])
    expect(parseText('甲\n乙').blocks.every((block) => block.kind === 'paragraph')).toBe(true)
  })

  it('skips blank lines, including lines of full-width spaces', () => {
    expect(linesOf('甲\r\n\r\n  \n　　\n乙')).toEqual([
      ['甲', 0],
      ['乙', 11],
    ])
  })

  it('keeps full-width indentation as part of the line', () => {
    const source = '标题\n　　各位代表,现在'
    const [, paragraph] = parseText(source).blocks
    expect(paragraph!.text).toBe('　　各位代表,现在')
    expect(paragraph!.map.toSource(6, 7)).toEqual({start: source.indexOf(','), end: source.indexOf(',') + 1})
  })

  it('maps verbatim: entities and backslashes are plain text', () => {
    const source = '中&amp;文\\,字'
    const [block] = parseText(source).blocks
    expect(block!.text).toBe(source)
    expect(block!.map.isContiguous(0, source.length)).toBe(true)
  })

  it('has no directives and no metadata', () => {
    const document = parseText('<!-- shenjiao-disable -->\n---\ntitle: x\n---')
    expect(document.directives).toEqual([])
    expect(document.metadata).toEqual({})
  })

  it('reads an empty text as no blocks', () => {
    expect(parseText('').blocks).toEqual([])
  })
})
