import {describe, expect, it} from 'vitest'
import {checkSite, type SiteFile} from '../../site/check-site.js'

const ruleId = 'linkage/interpretation-source'

function reported(file: SiteFile): string[] {
  return (checkSite([file]).get(file.path) ?? []).filter((f) => f.ruleId === ruleId).map((f) => f.actual)
}

describe(ruleId, () => {
  it('reports an interpretation that names no document, no 文号 and links nowhere', () => {
    expect(reported({path: 'jd.txt', text: '政策解读\n一、出台背景\n', format: 'text'})).toEqual(['政策解读'])
  })

  it.each([
    ['a title in 《》', '《某市优化营商环境条例》解读\n正文。\n'],
    ['a 文号 in the opening', '政策解读\n为做好某政发〔2026〕3号文件的贯彻落实，现解读如下。\n'],
    ['a link to the original', '政策解读\n原文：http://www.moushi.gov.cn/zwgk/cuoshi.html\n'],
  ])('is quiet on an interpretation with %s', (_name, text) => {
    expect(reported({path: 'jd.txt', text, format: 'text'})).toEqual([])
  })

  it('ignores pages that are not interpretations', () => {
    expect(reported({path: 'tz.txt', text: '关于做好政策解读工作的通知\n正文。\n', format: 'text'})).toEqual([])
  })
})
