import {describe, expect, it} from 'vitest'
import {kindOf, readPage} from './page.js'

describe('kindOf', () => {
  it.each([
    ['某市人民政府关于印发某市支持中小企业高质量发展若干措施的通知', 'policy'],
    ['国务院办公厅关于全面推进政务公开工作的意见', 'policy'],
    ['《某市支持中小企业高质量发展若干措施》政策解读', 'interpretation'],
    ['一图读懂《某市优化营商环境条例》', 'interpretation'],
    ['市发展改革委负责同志就《若干措施》答记者问', 'interpretation'],
    ['关于做好2026年政策解读工作的通知', 'policy'],
    ['我市召开2026年一季度优化营商环境工作推进会', 'other'],
  ])('%s → %s', (title, kind) => {
    expect(kindOf(title)).toBe(kind)
  })
})

describe('readPage', () => {
  it('reads an HTML article page: the h1 as title, meta Url, 文号 and links', () => {
    const html =
      '<html><head><title>若干措施_某市人民政府</title><meta name="Url" content="http://www.moushi.gov.cn/zwgk/cuoshi.html"></head>' +
      '<body><h1>某市人民政府关于印发某市支持中小企业高质量发展若干措施的通知</h1><p>某政发〔2026〕3号</p>' +
      '<p><a href="../zcjd/jiedu.html">政策解读</a></p></body></html>'
    const page = readPage('zwgk/cuoshi.html', html, 'html')
    expect(page.kind).toBe('policy')
    expect(page.title).toBe('某市人民政府关于印发某市支持中小企业高质量发展若干措施的通知')
    expect(page.titleLocation).toMatchObject({line: 1, actual: page.title})
    expect(html.slice(page.titleLocation.offset, page.titleLocation.offset + page.titleLocation.length)).toBe(page.title)
    expect([...page.addresses]).toEqual(['site:/zwgk/cuoshi.html', 'www.moushi.gov.cn/zwgk/cuoshi.html'])
    expect(page.documentNumbers).toEqual(['某政发〔2026〕3号'])
    expect([...page.links]).toEqual(['site:/zcjd/jiedu.html'])
  })

  it('reads a Markdown page: front matter title and url, links and reference definitions', () => {
    const markdown = '---\ntitle: 《某市优化营商环境条例》解读\nurl: https://www.moushi.gov.cn/zcjd/tiaoli.html\n---\n\n# 条例解读\n\n见[原文](../zwgk/tiaoli.md)和[通知][1]。\n\n[1]: https://www.moushi.gov.cn/zwgk/tz.html\n'
    const page = readPage('zcjd/tiaoli.md', markdown, 'markdown')
    expect(page.kind).toBe('interpretation')
    expect(page.citedTitles).toEqual(['某市优化营商环境条例'])
    expect(page.titleLocation).toMatchObject({line: 6, column: 3, endLine: 6, endColumn: 7, actual: '条例解读'})
    expect(page.addresses.has('www.moushi.gov.cn/zcjd/tiaoli.html')).toBe(true)
    expect([...page.links]).toEqual(['site:/zwgk/tiaoli.md', 'www.moushi.gov.cn/zwgk/tz.html'])
  })

  it('reads a text page: the first line as title (after a BOM-free, indented start) and bare URLs as links', () => {
    const text = '　　《某市支持中小企业高质量发展若干措施》政策解读\r\n原文：http://www.moushi.gov.cn/zwgk/cuoshi.html。\r\n'
    const page = readPage('zcjd/jiedu.txt', text, 'text')
    expect(page.titleLocation).toMatchObject({offset: 2, line: 1, column: 3, actual: '《某市支持中小企业高质量发展若干措施》政策解读'})
    expect([...page.links]).toEqual(['www.moushi.gov.cn/zwgk/cuoshi.html'])
  })
})
