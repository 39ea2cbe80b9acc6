import {describe, expect, it} from 'vitest'
import {placeholder} from './document.js'
import {offsetOf, sourceOf} from './probes.test-util.js'
import {parseMarkdown} from './markdown.js'

/** Kind and prose of every block. */
function blocksOf(source: string): Array<[string, string]> {
  return parseMarkdown(source).blocks.map((block) => [block.kind, block.text])
}

describe('parseMarkdown: paragraphs', () => {
  it('joins a paragraph across emphasis, strong, links and strikethrough', () => {
    const source = '中**文**[链接](http://x.cn)*字*~~删~~'
    const [block] = parseMarkdown(source).blocks
    expect(blocksOf(source)).toEqual([['paragraph', '中文链接字删']])
    expect(sourceOf(block, source, '中文')).toBe('中**文')
    expect(sourceOf(block, source, '链接')).toBe('链接')
    expect(offsetOf(block, '字')).toBe(source.indexOf('字'))
    expect(block!.map.isContiguous(0, 2)).toBe(false)
  })

  it('keeps a paragraph whose e-mail autolink holds an escape (GFM leaves those nodes unpositioned)', () => {
    const source = '联系 a\\_b@qq.com 反映,问题'
    const [block] = parseMarkdown(source).blocks
    expect(block?.text).toBe('联系 a_b@qq.com 反映,问题')
    expect(sourceOf(block, source, ',')).toBe(',')
    expect(block?.map.toSource(block.text.indexOf(','), block.text.indexOf(',') + 1).start).toBe(source.indexOf(','))
  })

  it('keeps soft line breaks, and maps lines after CRLF', () => {
    const source = '第一行\r\n第二,行'
    const [block] = parseMarkdown(source).blocks
    expect(block!.text).toBe('第一行\r\n第二,行')
    expect(offsetOf(block, ',')).toBe(7)
  })

  it('turns hard breaks (two spaces or a backslash) into a line feed standing for the markup', () => {
    const source = '中  \n文\\\n字'
    const [block] = parseMarkdown(source).blocks
    expect(block!.text).toBe('中\n文\n字')
    expect(sourceOf(block, source, '\n')).toBe('  \n')
    expect(sourceOf(block, source, '\n', 1)).toBe('\\\n')
    expect(offsetOf(block, '字')).toBe(source.length - 1)
  })

  it('maps escapes and character references to their whole source text', () => {
    const source = '中\\*文&ldquo;字&#x4e2d;&#20013;&nbsp;&amp;'
    const [block] = parseMarkdown(source).blocks
    expect(block!.text).toBe('中*文“字中中\u00a0&')
    expect(sourceOf(block, source, '*')).toBe('\\*')
    expect(sourceOf(block, source, '“')).toBe('&ldquo;')
    expect(sourceOf(block, source, '中', 1)).toBe('&#x4e2d;')
    expect(sourceOf(block, source, '中', 2)).toBe('&#20013;')
    expect(sourceOf(block, source, '\u00a0')).toBe('&nbsp;')
    expect(sourceOf(block, source, '&')).toBe('&amp;')
  })

  it('keeps references Markdown does not decode as they are', () => {
    const source = 'R&D 与 &copy 与 &amp 中,文'
    const [block] = parseMarkdown(source).blocks
    expect(block!.text).toBe(source)
    expect(offsetOf(block, ',')).toBe(source.indexOf(','))
  })

  it('counts offsets in the source it is given, even when that starts with U+FEFF', () => {
    const source = '\uFEFF中,文'
    const [block] = parseMarkdown(source).blocks
    expect(offsetOf(block, ',')).toBe(2)
  })

  it('reads an escaped backslash before punctuation as a backslash and the punctuation', () => {
    const source = '中\\\\,文'
    const [block] = parseMarkdown(source).blocks
    expect(block!.text).toBe('中\\,文')
    expect(sourceOf(block, source, ',')).toBe(',')
    expect(offsetOf(block, ',')).toBe(3)
  })
})

describe('parseMarkdown: what is not prose', () => {
  it('skips fenced and indented code', () => {
    expect(blocksOf('```js\n中,文\n```\n\n    缩进,代码\n\n~~~\n代,码\n~~~')).toEqual([])
  })

  it('stands a placeholder for inline code, covering the whole code span', () => {
    const source = '运行``a`b``,然后'
    const [block] = parseMarkdown(source).blocks
    expect(block!.text).toBe(`运行${placeholder},然后`)
    expect(sourceOf(block, source, placeholder)).toBe('``a`b``')
    expect(offsetOf(block, ',')).toBe(source.indexOf(','))
  })

  it('reads front matter as metadata, never as prose', () => {
    const source = '---\ntitle: 标,题\ntags: [a, b]\n---\n\n正文'
    const document = parseMarkdown(source)
    expect(document.metadata).toEqual({title: '标,题', tags: ['a', 'b']})
    expect(blocksOf(source)).toEqual([['paragraph', '正文']])
  })

  it('gives no metadata for front matter that is not a YAML mapping', () => {
    expect(parseMarkdown('---\n: bad: [\n---\n正文').metadata).toEqual({})
    expect(parseMarkdown('---\n- a\n---\n正文').metadata).toEqual({})
  })

  it('skips definitions and thematic breaks, and raw HTML blocks', () => {
    expect(blocksOf('[定义]: http://x.cn "标,题"\n\n***\n\n<div>\n中,文\n</div>\n\n[引用][定义]')).toEqual([['paragraph', '引用']])
  })

  it('keeps URLs in prose (the engine masks them), but not link destinations', () => {
    expect(blocksOf('见 www.gov.cn 与 <http://x.cn> 与 [此处](http://y.cn)')).toEqual([['paragraph', '见 www.gov.cn 与 http://x.cn 与 此处']])
  })
})

describe('parseMarkdown: block kinds and positions', () => {
  it('reads ATX and setext headings', () => {
    expect(blocksOf('# 一级 #\n\n二级\n---\n\n三级\n===')).toEqual([
      ['heading', '一级'],
      ['heading', '二级'],
      ['heading', '三级'],
    ])
  })

  it('reads list items, with continuation lines', () => {
    const source = '- 甲\n- 乙,\n  续\n\n1. 丙\n   - 丁'
    expect(blocksOf(source)).toEqual([
      ['list-item', '甲'],
      ['list-item', '乙,\n续'],
      ['list-item', '丙'],
      ['list-item', '丁'],
    ])
    const item = parseMarkdown(source).blocks[1]
    expect(offsetOf(item, '续')).toBe(source.indexOf('续'))
    expect(item!.map.isContiguous(1, 3)).toBe(true)
    expect(item!.map.isContiguous(2, 4)).toBe(false)
  })

  it('reads task list items without their checkbox', () => {
    expect(blocksOf('- [ ] 任务\n- [x] 完成')).toEqual([
      ['list-item', '任务'],
      ['list-item', '完成'],
    ])
  })

  it('maps block quotes past the `>` of every continuation line, lazy lines included', () => {
    const source = '> 引用\r\n>   续,行\r\n惰性,行'
    const [block] = parseMarkdown(source).blocks
    expect(block!.text).toBe('引用\r\n续,行\r\n惰性,行')
    expect(offsetOf(block, '续,')).toBe(source.indexOf('续'))
    expect(offsetOf(block, ',行\r\n惰')).toBe(source.indexOf(','))
    expect(offsetOf(block, '惰')).toBe(source.indexOf('惰'))
  })

  it('reads nested block quotes in list items', () => {
    const source = '1. 项\n\n   > 引,用\n   > 续,行'
    const quote = parseMarkdown(source).blocks[1]
    expect(quote!.text).toBe('引,用\n续,行')
    expect(offsetOf(quote, ',行')).toBe(source.lastIndexOf(','))
  })

  it('reads every GFM table cell as a block, with escaped pipes', () => {
    const source = '| 甲 | 乙 |\n| --- | :-: |\n| 中,文 | 中\\|文 `x` |'
    const blocks = parseMarkdown(source).blocks
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['table-cell', '甲'],
      ['table-cell', '乙'],
      ['table-cell', '中,文'],
      ['table-cell', `中|文 ${placeholder}`],
    ])
    expect(offsetOf(blocks[2], ',')).toBe(source.indexOf(','))
    expect(sourceOf(blocks[3], source, '|')).toBe('\\|')
  })

  it('reads footnote definitions, and stands a placeholder for the reference', () => {
    expect(blocksOf('中[^1]文\n\n[^1]: 注释')).toEqual([
      ['paragraph', `中${placeholder}文`],
      ['paragraph', '注释'],
    ])
  })
})

describe('parseMarkdown: alt text and titles', () => {
  it('makes image alt text a block at its exact place, with markup and references inside', () => {
    const source = '前![图*片*&amp;说,明](a.png)后'
    const blocks = parseMarkdown(source).blocks
    const alt = blocks.find((block) => block.kind === 'alt')
    expect(alt!.text).toBe('图片&说,明')
    expect(sourceOf(alt, source, '&')).toBe('&amp;')
    expect(offsetOf(alt, ',')).toBe(source.indexOf(','))
    expect(blocks.find((block) => block.kind === 'paragraph')!.text).toBe(`前${placeholder}后`)
  })

  it('makes titles of links and images blocks, whichever delimiter they use', () => {
    const source = '![图 "x"](a.png "图,题") [链](u \'单,引\') [链](u (括,号)) [链](<u v> "转\\"义,")'
    const titles = parseMarkdown(source).blocks.filter((block) => block.kind === 'title')
    expect(titles.map((block) => block.text)).toEqual(['图,题', '单,引', '括,号', '转"义,'])
    expect(titles.map((block) => offsetOf(block, ','))).toEqual([
      source.indexOf('图,题') + 1,
      source.indexOf('单,引') + 1,
      source.indexOf('括,号') + 1,
      source.indexOf('义,') + 1,
    ])
    expect(sourceOf(titles[3], source, '"')).toBe('\\"')
  })

  it('reads alt text of reference images', () => {
    const source = '![替代,文本][图]\n\n[图]: a.png'
    const alt = parseMarkdown(source).blocks.find((block) => block.kind === 'alt')
    expect(alt!.text).toBe('替代,文本')
    expect(offsetOf(alt, ',')).toBe(source.indexOf(','))
  })
})

describe('parseMarkdown: directives', () => {
  it('reads shenjiao comments in HTML blocks and inline HTML, with their offsets', () => {
    const source = '<!-- shenjiao-disable -->\n\n中<!-- shenjiao-enable a/b -->文\n\n<!-- 普通注释 -->'
    const {directives} = parseMarkdown(source)
    expect(directives).toEqual([
      {kind: 'disable', ruleIds: [], start: 0, end: 25},
      {kind: 'enable', ruleIds: ['a/b'], start: 28, end: 28 + '<!-- shenjiao-enable a/b -->'.length},
    ])
  })

  it('reads several comments in one HTML block', () => {
    const source = '<!-- shenjiao-disable a/b --><!-- shenjiao-enable a/b -->'
    expect(parseMarkdown(source).directives.map((directive) => [directive.kind, directive.start])).toEqual([
      ['disable', 0],
      ['enable', 29],
    ])
  })
})

describe('parseMarkdown: links', () => {
  it('marks links with their target; an empty link stands as a placeholder', () => {
    const source = '详见[**通知**](http://www.x.gov.cn/a "标题")和[](http://spam.example/)。'
    const block = parseMarkdown(source).blocks.find((found) => found.kind === 'paragraph')
    expect(block!.text).toBe(`详见通知和${placeholder}。`)
    expect(block!.spans).toEqual([
      {kind: 'link', href: 'http://www.x.gov.cn/a', range: [2, 4]},
      {kind: 'link', href: 'http://spam.example/', range: [5, 6]},
    ])
    expect(sourceOf(block, source, placeholder)).toBe('[](http://spam.example/)')
  })
})
