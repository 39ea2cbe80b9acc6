import {describe, expect, it} from 'vitest'
import {placeholder} from './document.js'
import {offsetOf, sourceOf} from './probes.test-util.js'
import {attributeValueRanges, parseHtml} from './html.js'

function blocksOf(source: string): Array<[string, string]> {
  return parseHtml(source).blocks.map((block) => [block.kind, block.text])
}

describe('parseHtml: blocks', () => {
  it('joins inline elements into one block; block elements end it', () => {
    const source = '<p>中<b>文</b><span>字</span><a href="http://x.cn">链</a></p><div>另<i>一</i>块</div>'
    expect(blocksOf(source)).toEqual([
      ['paragraph', '中文字链'],
      ['block', '另一块'],
    ])
    const [paragraph] = parseHtml(source).blocks
    expect(sourceOf(paragraph, source, '文字')).toBe('文</b><span>字')
    expect(paragraph!.map.isContiguous(0, 2)).toBe(false)
  })

  it('gives headings, list items, cells and the title their kinds', () => {
    const source =
      '<html><head><title>标题</title></head><body><h2>小标题</h2><ul><li>甲<li>乙</ul>' +
      '<table><tr><th>表头</th><td>单元格</td></tr></table>散文</body></html>'
    expect(blocksOf(source)).toEqual([
      ['title', '标题'],
      ['heading', '小标题'],
      ['list-item', '甲'],
      ['list-item', '乙'],
      ['table-cell', '表头'],
      ['table-cell', '单元格'],
      ['block', '散文'],
    ])
  })

  it('ends a paragraph at a nested block and resumes the outer kind after it', () => {
    expect(blocksOf('<li>前<div>中</div>后</li>')).toEqual([
      ['list-item', '前'],
      ['block', '中'],
      ['list-item', '后'],
    ])
  })

  it('turns <br> into a line feed standing for the tag', () => {
    const source = '<p>中<br>文<br/>字</p>'
    const [block] = parseHtml(source).blocks
    expect(block!.text).toBe('中\n文\n字')
    expect(sourceOf(block, source, '\n')).toBe('<br>')
  })

  it('skips script, style, pre, textarea and template; code becomes a placeholder', () => {
    const source =
      '<script>中,文</script><style>p{a:b}</style><p>运行<code>a,b</code>命令</p><pre>代,码</pre>' +
      '<textarea>中,文</textarea><template><p>中,文</p></template>'
    const blocks = parseHtml(source).blocks
    expect(blocks.map((block) => block.text)).toEqual([`运行${placeholder}命令`])
    expect(sourceOf(blocks[0], source, placeholder)).toBe('<code>a,b</code>')
  })

  it('maps character references, &nbsp; included', () => {
    const source = '<p>中&nbsp;文&ldquo;字&rdquo;&#x4e2d;&#20013;&amp;&copy2024</p>'
    const [block] = parseHtml(source).blocks
    expect(block!.text).toBe('中\u00a0文“字”中中&©2024')
    expect(sourceOf(block, source, '\u00a0')).toBe('&nbsp;')
    expect(sourceOf(block, source, '“')).toBe('&ldquo;')
    expect(sourceOf(block, source, '中中')).toBe('&#x4e2d;&#20013;')
    expect(sourceOf(block, source, '©')).toBe('&copy')
    expect(offsetOf(block, '2024')).toBe(source.indexOf('2024'))
  })

  it('keeps backslashes, which mean nothing in HTML', () => {
    const source = '<p>中\\\\,文\\*</p>'
    const [block] = parseHtml(source).blocks
    expect(block!.text).toBe('中\\\\,文\\*')
    expect(offsetOf(block, ',')).toBe(source.indexOf(','))
  })

  it('maps text across CRLF and lone CR, which the parser reads as LF', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const source = `<p>第一行${eol}第二,行</p>`
      const [block] = parseHtml(source).blocks
      expect(block!.text).toBe('第一行\n第二,行')
      expect(offsetOf(block, ',')).toBe(source.indexOf(','))
    }
  })

  it('reads a comment as a directive when it is one', () => {
    const source = '<p>中</p><!-- shenjiao-disable-next-line a/b --><!-- 普通 -->'
    expect(parseHtml(source).directives).toEqual([
      {kind: 'disable-next-line', ruleIds: ['a/b'], start: 8, end: 8 + '<!-- shenjiao-disable-next-line a/b -->'.length},
    ])
  })

  it('maps text that begins with a reference after whitespace the parser drops', () => {
    for (const source of ['\n&amp;中,文', '<html> &ldquo;中,文', '\r\n&#x4e2d;中,文']) {
      const [block] = parseHtml(source).blocks
      expect(offsetOf(block, ',')).toBe(source.indexOf(','))
      expect(sourceOf(block, source, block!.text[0]!)).toBe(source.slice(source.indexOf('&'), source.indexOf(';') + 1))
    }
  })

  it('does not read a leading BOM as prose', () => {
    const [block] = parseHtml('\uFEFF<p>中文</p>').blocks
    expect(block!.text).toBe('中文')
    expect(offsetOf(block, '文')).toBe(5)
  })
})

describe('parseHtml: attributes', () => {
  it('makes alt and title of images, and title of links, blocks at their exact places', () => {
    const source = '<p>前<img src="a.png" alt="图&amp;片,说明" title=\'标,题\'>后<a href="x" title=链,接>链</a></p>'
    const blocks = parseHtml(source).blocks
    const alt = blocks.find((block) => block.kind === 'alt')
    const titles = blocks.filter((block) => block.kind === 'title')
    expect(alt!.text).toBe('图&片,说明')
    expect(sourceOf(alt, source, '&')).toBe('&amp;')
    expect(offsetOf(alt, ',')).toBe(source.indexOf('片,') + 1)
    expect(titles.map((block) => [block.text, offsetOf(block, ',')])).toEqual([
      ['标,题', source.indexOf('标,') + 1],
      ['链,接', source.indexOf('链,') + 1],
    ])
    expect(blocks.find((block) => block.kind === 'paragraph')!.text).toBe(`前${placeholder}后链`)
  })

  it('finds values whatever the case, spacing and quoting of the tag', () => {
    const source = '<IMG\nSRC="a>b"\nALT =  "中&#44;文" TITLE=\'x\'>'
    const [alt] = parseHtml(source).blocks
    expect(alt!.text).toBe('中,文')
    expect(sourceOf(alt, source, ',')).toBe('&#44;')
  })

  it('reads an attribute once when the parser re-opens its element', () => {
    const source = '<p><a title="中,文">x<p>y</a>'
    expect(parseHtml(source).blocks.filter((block) => block.kind === 'title')).toHaveLength(1)
  })

  it('maps a lone CR inside an attribute value', () => {
    const source = '<img alt="中\r文,字">'
    const [alt] = parseHtml(source).blocks
    expect(alt!.text).toBe('中\n文,字')
    expect(offsetOf(alt, ',')).toBe(source.indexOf(','))
  })

  it('ignores empty values and attributes that are not prose', () => {
    const blocks = blocksOf('<p><img alt="" title="  ">图<span title="标题" data-x="中,文">正文</span></p>')
    expect(blocks).toEqual([['paragraph', `${placeholder}图正文`]])
  })

  it('scans attribute value ranges, first one winning', () => {
    const source = '<a b=1 c = "x y" d=\'z\' e c="again" f>'
    const ranges = attributeValueRanges(source, 0)
    expect(Object.fromEntries([...ranges].map(([name, range]) => [name, source.slice(range.start, range.end)]))).toEqual({
      b: '1',
      c: 'x y',
      d: 'z',
    })
  })
})

describe('parseHtml: broken markup', () => {
  const broken = [
    '',
    '<',
    '<p',
    '<p>中,文',
    '</p></div>中,文',
    '<<<>中,文</p></p><p',
    '<p>中<!-- unclosed ,文',
    '<img alt="unterminated',
    '<a title=>x</a>',
    '<b><i>中</b>文</i>',
    '<table>中,文<tr><td>x',
    '<![CDATA[中,文]]>',
    '<!DOCTYPE html><svg><p>中</p></svg>',
    '&#xFFFFFFFF; &#0; &; &#; &#x;',
  ]

  it.each(broken)('does not throw on %j', (source) => {
    expect(() => parseHtml(source)).not.toThrow()
  })

  it('still reads the text of unclosed elements', () => {
    expect(blocksOf('<p>中,文<div>另一段')).toEqual([
      ['paragraph', '中,文'],
      ['block', '另一段'],
    ])
  })

  it('keeps the text of an unclosed comment out of prose', () => {
    expect(blocksOf('<p>中<!-- unclosed ,文')).toEqual([['paragraph', '中']])
  })
})

describe('parseHtml: links and hidden content', () => {
  /** Each span of each block as `kind detail: prose`, with the source a finding on it would point at. */
  function spansOf(source: string): string[] {
    return parseHtml(source).blocks.flatMap((block) =>
      (block.spans ?? []).map(({kind, href, reason, range: [start, end]}) => {
        const found = block.map.toSource(start, end)
        return `${kind} ${href ?? reason}: ${block.text.slice(start, end)} ← ${source.slice(found.start, found.end)}`
      }),
    )
  }

  it('marks links with their target in prose coordinates', () => {
    expect(spansOf('<p>详见<a href="http://www.x.gov.cn/a">通&amp;知</a>。</p>')).toEqual([
      'link http://www.x.gov.cn/a: 通&知 ← 通&amp;知',
    ])
  })

  it('marks content hidden by inline style or the hidden attribute, outermost element only', () => {
    const source =
      '<p>正文<span style="display: none !important">隐<b style="font-size:0">藏</b></span>。</p>' +
      '<div hidden>甲</div><p style="position:absolute;left:-9999px">乙</p><p style="display:block">丙</p>'
    expect(spansOf(source)).toEqual([
      'hidden display:none: 隐藏 ← 隐<b style="font-size:0">藏',
      'hidden hidden 属性: 甲 ← 甲',
      'hidden left:-9999px: 乙 ← 乙',
    ])
  })

  it('stands an empty link or hidden element as a placeholder for the whole element', () => {
    const source = '<p>正文<a href="http://spam.example/"></a>。<span style="visibility:hidden"> </span></p>'
    const [block] = parseHtml(source).blocks
    expect(block!.text).toBe(`正文${placeholder}。 ${placeholder}`)
    expect(spansOf(source)).toEqual([
      `link http://spam.example/: ${placeholder} ← <a href="http://spam.example/"></a>`,
      `hidden visibility:hidden: ${placeholder} ← <span style="visibility:hidden"> </span>`,
    ])
  })

  it('puts a hidden link and its hidden element on one placeholder', () => {
    const source = '<div style="height:0;overflow:hidden"><a href="http://spam.example/"></a></div>'
    expect(spansOf(source)).toEqual([
      `link http://spam.example/: ${placeholder} ← <a href="http://spam.example/"></a>`,
      `hidden height:0;overflow:hidden: ${placeholder} ← <a href="http://spam.example/"></a>`,
    ])
  })

  it('gives a hidden element that holds blocks a span in each of them', () => {
    expect(spansOf('<div style="display:none"><p>甲</p><p>乙</p></div>')).toEqual([
      'hidden display:none: 甲 ← 甲',
      'hidden display:none: 乙 ← 乙',
    ])
  })

  it('leaves visible styles, images and blocks without markup alone', () => {
    const source = '<p style="text-indent:2em;left:-20px;opacity:1">正文<img src="a.png" style="display:none"></p><p>乙</p>'
    expect(spansOf(source)).toEqual([])
    expect(parseHtml(source).blocks.every((block) => block.spans === undefined)).toBe(true)
  })
})
