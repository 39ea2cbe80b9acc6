import {describe, expect, it} from 'vitest'
import {checkSite, type SiteFile} from '../../site/check-site.js'

const policyHtml = (links: string): string =>
  '<html><head><meta name="Url" content="http://www.moushi.gov.cn/zwgk/cuoshi.html"></head><body>' +
  `<h1>某市人民政府关于印发某市支持中小企业高质量发展若干措施的通知</h1><p>某政发〔2026〕3号</p><p>各区人民政府：</p>${links}</body></html>`

const policy = (links = ''): SiteFile => ({path: 'zwgk/cuoshi.html', text: policyHtml(links), format: 'html'})
const interpretation = (body: string): SiteFile => ({
  path: 'zcjd/jiedu.md',
  text: `# 《某市支持中小企业高质量发展若干措施》政策解读\n\n${body}\n`,
  format: 'markdown',
})

function summary(files: SiteFile[]): Array<[string, string, string]> {
  return [...checkSite(files)].flatMap(([path, findings]) =>
    findings.filter((f) => f.ruleId === 'linkage/two-way').map((f): [string, string, string] => [path, f.message, f.actual]),
  )
}

describe('linkage/two-way', () => {
  it('is quiet when policy and interpretation link to each other', () => {
    const files = [policy('<p><a href="../zcjd/jiedu.md">政策解读</a></p>'), interpretation('原文见[通知](http://www.moushi.gov.cn/zwgk/cuoshi.html)。')]
    expect(summary(files)).toEqual([])
  })

  it('reports the interpretation that does not link back, at its title', () => {
    const files = [policy('<p><a href="/zcjd/jiedu.md">政策解读</a></p>'), interpretation('一、出台背景')]
    const [finding] = summary(files)
    expect(finding).toEqual([
      'zcjd/jiedu.md',
      '解读未链接政策原文“某市人民政府关于印发某市支持中小企业高质量发展若干措施的通知”（zwgk/cuoshi.html），政策文件与解读应双向关联',
      '《某市支持中小企业高质量发展若干措施》政策解读',
    ])
  })

  it('reports the policy that does not link to its interpretation, found by the link back', () => {
    const files = [policy(), interpretation('原文见[通知](../zwgk/cuoshi.html)。')]
    expect(summary(files)).toEqual([
      [
        'zwgk/cuoshi.html',
        '政策文件未链接其解读“《某市支持中小企业高质量发展若干措施》政策解读”（zcjd/jiedu.md），政策文件与解读应双向关联',
        '某市人民政府关于印发某市支持中小企业高质量发展若干措施的通知',
      ],
    ])
  })

  it('pairs an interpretation with its policy by 文号 when the title does not name it', () => {
    const files = [policy(), {path: 'zcjd/wenda.txt', text: '政策问答\n某政发〔2026〕3号文件发布后，企业关心的问题如下。\n', format: 'text' as const}]
    expect(summary(files).map(([path]) => path).sort()).toEqual(['zcjd/wenda.txt', 'zwgk/cuoshi.html'])
  })

  it('does not take a 文号 a policy only cites for its own', () => {
    const files = [
      {path: 'zwgk/xiaofei.md', text: '# 某市关于促进消费的实施方案\n\n根据《国务院办公厅关于促进消费的意见》（国办发〔2023〕12号），结合本市实际，制定本方案。\n', format: 'markdown' as const},
      {path: 'zcjd/yijian.md', text: '# 政策问答\n\n国办发〔2023〕12号文件印发后，各方关心的问题如下。\n', format: 'markdown' as const},
    ]
    expect(summary(files)).toEqual([])
  })

  it('pairs by a 文号 written behind its label or after other words', () => {
    const labelled = {path: 'zwgk/cuoshi.md', text: '# 某市人民政府关于印发某市支持中小企业高质量发展若干措施的通知\n\n发文字号：某政发〔2026〕3号\n', format: 'markdown' as const}
    const files = [labelled, {path: 'zcjd/wenda.txt', text: '政策问答\n按照某政发〔2026〕3号文件要求，现就有关问题解答如下。\n', format: 'text' as const}]
    expect(summary(files).map(([path]) => path).sort()).toEqual(['zcjd/wenda.txt', 'zwgk/cuoshi.md'])
  })

  it('does not pair titles that merely share a short word', () => {
    const files = [
      {path: 'a.md', text: '# 关于开展检查的通知\n', format: 'markdown' as const},
      {path: 'b.md', text: '# 《通知》解读\n', format: 'markdown' as const},
    ]
    expect(summary(files)).toEqual([])
  })

  it('honours a shenjiao-disable comment before the title', () => {
    const disabled = {...policy(), text: `<!-- shenjiao-disable linkage/two-way -->\n${policyHtml('')}`}
    const files = [disabled, interpretation('原文见[通知](../zwgk/cuoshi.html)。')]
    expect(summary(files)).toEqual([])
  })
})
