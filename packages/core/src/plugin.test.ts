import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {check} from './engine/check.js'
import type {Config} from './engine/config.js'
import shenjiao from './plugin.js'
import {ruleIds} from './rules/index.js'
import type {Finding, Format} from './types.js'

const halfwidth = 'punctuation/no-halfwidth-in-chinese'
const space = 'punctuation/no-space-in-chinese'
const repeated = 'typo/no-repeated-word'

/** The punctuation and repeated-word rules at their own severities, space as a warning. */
const config: Config = {
  rules: Object.fromEntries([...ruleIds].filter((id) => ![halfwidth, space, repeated].includes(id)).map((id) => [id, 'off'])),
}

/** What a message and a finding must agree on. */
interface Comparable {
  ruleId: string | undefined
  source: string | undefined
  reason: string
  place: unknown
  actual: string | undefined
  expected: string[] | undefined
  url: string | undefined
  fatal: boolean | null | undefined
}

async function messagesOf(format: Exclude<Format, 'text'>, value: string, options: {config?: Config} = {config}): Promise<Comparable[]> {
  const processor =
    format === 'markdown'
      ? unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(shenjiao, options)
      : unified().use(rehypeParse).use(shenjiao, options)
  const file = new VFile({value, path: `doc.${format === 'markdown' ? 'md' : 'html'}`})
  await processor.run(processor.parse(file), file)
  return file.messages.map((message) => ({
    ruleId: message.ruleId,
    source: message.source,
    reason: message.reason,
    place: message.place,
    actual: message.actual,
    expected: message.expected,
    url: message.url,
    fatal: message.fatal,
  }))
}

function comparable(finding: Finding): Comparable {
  return {
    ruleId: finding.ruleId,
    source: 'shenjiao',
    reason: finding.message,
    place: {
      start: {line: finding.line, column: finding.column, offset: finding.offset},
      end: {line: finding.endLine, column: finding.endColumn, offset: finding.offset + finding.length},
    },
    actual: finding.actual,
    expected: finding.expected,
    url: finding.url,
    fatal: finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined,
  }
}

async function expectSameAsCheck(format: Exclude<Format, 'text'>, value: string): Promise<Comparable[]> {
  const messages = await messagesOf(format, value)
  expect(messages).toEqual(check(value, {format, config}).map(comparable))
  return messages
}

const markdown = [
  '---\ntitle: 标,题\n---\n\n# 会议通知\n\n各位代表:\n\n我们要 加强**管理**,按照规定的的要求办理。',
  '| 阶段 | 内容 |\n| --- | --- |\n| 抽查 | 市政府办公室组织 抽查,完成 |',
  '> 引用\r\n> 第二,行\r\n\r\n![图,片](a.png "标,题") [链,接](http://x.cn)',
  '<!-- shenjiao-disable-next-line -->\n中,文\n\n中,文',
]

const html = [
  '<!DOCTYPE html><html><head><title>标,题</title></head><body><p>各位代表:</p><p>我们要 加强<b>管理</b>,按照规定的的要求办理。</p></body></html>',
  '<p>中&#44;文&nbsp;字<br>\r\n第二,行<img alt="图,片"></p>',
  '<!-- shenjiao-disable -->\n<p>中,文</p>\n<!-- shenjiao-enable -->\n<p>中,文</p>',
]

describe('the unified plugin', () => {
  it.each(markdown)('reports what check reports, after remark-parse (%#)', async (value) => {
    expect((await expectSameAsCheck('markdown', value)).length).toBeGreaterThan(0)
  })

  it.each(html)('reports what check reports, after rehype-parse (%#)', async (value) => {
    expect((await expectSameAsCheck('html', value)).length).toBeGreaterThan(0)
  })

  it('sets fatal by severity: error true, warning false, info undefined', async () => {
    const messages = await messagesOf('markdown', '我们要 加强管理,提高。', {
      config: {rules: {...config.rules, [space]: 'warning', [halfwidth]: 'info'}},
    })
    expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      [space, false],
      [halfwidth, undefined],
    ])
  })

  it('uses the default configuration without options', async () => {
    const processor = unified().use(remarkParse).use(shenjiao)
    const file = new VFile('中,文')
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => message.ruleId)).toEqual([halfwidth])
  })

  describe('with a BOM', () => {
    const markdownWithBom = '\uFEFF中,文\n\n第二,段'
    const htmlWithBom = '\uFEFF<p>中,文</p>\n<p>第二,段</p>'

    it('counts from after the BOM after remark-parse, as check and micromark do', async () => {
      const messages = await expectSameAsCheck('markdown', markdownWithBom)
      expect(messages.map((message) => message.place)).toEqual([
        {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 3, offset: 2}},
        {start: {line: 3, column: 3, offset: 7}, end: {line: 3, column: 4, offset: 8}},
      ])
    })

    it('counts from after the BOM after rehype-parse too, though parse5 counts the BOM', async () => {
      const messages = await expectSameAsCheck('html', htmlWithBom)
      expect(messages.map((message) => message.place)).toEqual([
        {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 6, offset: 5}},
        {start: {line: 2, column: 6, offset: 16}, end: {line: 2, column: 7, offset: 17}},
      ])
    })

    it('does not read the BOM as prose', async () => {
      const messages = await messagesOf('html', '\uFEFF（六） 更加注重社会建设', {config})
      expect(messages).toEqual(check('\uFEFF（六） 更加注重社会建设', {format: 'html', config}).map(comparable))
    })
  })

  it('reads a hast fragment of bare text', async () => {
    const processor = unified().use(rehypeParse, {fragment: true}).use(shenjiao, {config})
    const file = new VFile('中,文')
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => message.place)).toEqual([
      {start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 3, offset: 2}},
    ])
  })
})
