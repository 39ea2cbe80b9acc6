import {describe, expect, it} from 'vitest'
import {ruleIds} from '../rules/index.js'
import type {Format} from '../types.js'
import {check} from './check.js'
import type {Config} from './config.js'

const halfwidth = 'punctuation/no-halfwidth-in-chinese'
const space = 'punctuation/no-space-in-chinese'

/** Only the two punctuation rules, both as errors. */
const config: Config = {
  rules: Object.fromEntries([...ruleIds].map((id) => [id, id === halfwidth || id === space ? 'error' : 'off'])),
}

/** `H` for a half-width finding, `S` for a space finding, with its line. */
function found(source: string, format: Format): string[] {
  return check(source, {format, config}).map((finding) => `${finding.ruleId === halfwidth ? 'H' : 'S'}${finding.line}`)
}

/** A line with one finding of each rule: 中,文 (H) and 我们 加强 (S). */
const both = '中,文我们 加强'

describe('shenjiao-disable-next-line', () => {
  it('silences the named rule on the next line with text, in Markdown', () => {
    const source = `<!-- shenjiao-disable-next-line ${halfwidth} -->\n\n${both}\n${both}`
    expect(found(source, 'markdown')).toEqual(['S3', 'H4', 'S4'])
  })

  it('silences every rule when no id is given', () => {
    expect(found(`<!-- shenjiao-disable-next-line -->\n${both}\n${both}`, 'markdown')).toEqual(['H3', 'S3'])
  })

  it('takes several ids, separated by commas or spaces', () => {
    expect(found(`<!-- shenjiao-disable-next-line ${halfwidth}, ${space} -->\n${both}\n${both}`, 'markdown')).toEqual(['H3', 'S3'])
    expect(found(`<!-- shenjiao-disable-next-line ${halfwidth} ${space} -->\n${both}`, 'markdown')).toEqual([])
  })

  it('counts lines the same with CRLF and lone CR', () => {
    for (const eol of ['\r\n', '\r']) {
      const source = `<!-- shenjiao-disable-next-line ${halfwidth} -->${eol}${eol}${both}${eol}${both}`
      expect(found(source, 'markdown')).toEqual(['S3', 'H4', 'S4'])
    }
  })

  it('works at the end of a line of text, for the line below', () => {
    expect(found(`- 中,文 <!-- shenjiao-disable-next-line -->\n- 中,文\n- 中,文`, 'markdown')).toEqual(['H1', 'H3'])
  })

  it('works in HTML, CRLF included', () => {
    const source = `<p>中,文</p><!-- shenjiao-disable-next-line ${halfwidth} -->\r\n<p>${both}</p>\r\n<p>中,文</p>`
    expect(found(source, 'html')).toEqual(['H1', 'S2', 'H3'])
  })

  it('allows a reason after `--`', () => {
    expect(found(`<!-- shenjiao-disable-next-line ${halfwidth} -- 引用原文 -->\n中,文`, 'markdown')).toEqual([])
  })

  it('does nothing for a rule id that does not match', () => {
    expect(found(`<!-- shenjiao-disable-next-line typo/no-repeated-word -->\n中,文`, 'markdown')).toEqual(['H2'])
  })

  it('is plain text in a .txt file', () => {
    expect(found(`<!-- shenjiao-disable-next-line -->\n中,文`, 'text')).toEqual(['H2'])
  })
})

describe('shenjiao-disable … shenjiao-enable', () => {
  it('silences every rule between the comments when no id is given', () => {
    const source = `${both}\n\n<!-- shenjiao-disable -->\n\n${both}\n\n<!-- shenjiao-enable -->\n\n${both}`
    expect(found(source, 'markdown')).toEqual(['H1', 'S1', 'H9', 'S9'])
  })

  it('silences only the named rules', () => {
    const source = `<!-- shenjiao-disable ${halfwidth} -->\n\n${both}\n\n<!-- shenjiao-enable ${halfwidth} -->\n\n${both}`
    expect(found(source, 'markdown')).toEqual(['S3', 'H7', 'S7'])
  })

  it('lasts to the end of the document when never enabled', () => {
    expect(found(`${both}\n\n<!-- shenjiao-disable ${space} -->\n\n${both}\n\n${both}`, 'markdown')).toEqual(['H1', 'S1', 'H5', 'H7'])
  })

  it('is ended by a bare enable whatever it disabled', () => {
    const source = `<!-- shenjiao-disable ${halfwidth}, ${space} -->\n\n${both}\n\n<!-- shenjiao-enable -->\n\n${both}`
    expect(found(source, 'markdown')).toEqual(['H7', 'S7'])
  })

  it('turns back on only the rule an enable names, after a bare disable', () => {
    const source = `<!-- shenjiao-disable -->\n\n${both}\n\n<!-- shenjiao-enable ${halfwidth} -->\n\n${both}`
    expect(found(source, 'markdown')).toEqual(['H7'])
  })

  it('keeps the other rules off when an enable names one of several', () => {
    const source = `<!-- shenjiao-disable ${halfwidth}, ${space} -->\n\n${both}\n\n<!-- shenjiao-enable ${halfwidth} -->\n\n${both}`
    expect(found(source, 'markdown')).toEqual(['H7'])
  })

  it('works inline, inside a paragraph', () => {
    const source = `中,文<!-- shenjiao-disable ${halfwidth} -->中,文<!-- shenjiao-enable ${halfwidth} -->中,文`
    expect(check(source, {format: 'markdown', config}).map((finding) => finding.offset)).toEqual([1, source.lastIndexOf(',')])
  })

  it('works in HTML with CRLF', () => {
    const source = `<!-- shenjiao-disable ${halfwidth} -->\r\n<p>${both}</p>\r\n<!-- shenjiao-enable -->\r\n<p>${both}</p>`
    expect(found(source, 'html')).toEqual(['S2', 'H4', 'S4'])
  })

  it('ignores comments that are not directives', () => {
    expect(found(`<!-- shenjiao-disable-line -->\n<!-- 说明 -->\n中,文`, 'markdown')).toEqual(['H3'])
  })
})
