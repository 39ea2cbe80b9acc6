import {defineSiteRule} from '../../engine/site-rule.js'

export default defineSiteRule({
  id: 'linkage/interpretation-source',
  severity: 'error',
  recommended: true,
  messages: {
    noSource: '解读未注明所解读的政策文件：标题应写明《政策文件名称》或文号，并链接政策原文',
  },
  check(pages, report) {
    for (const page of pages) {
      if (page.kind !== 'interpretation') continue
      if (page.citedTitles.length > 0 || page.documentNumbers.length > 0 || page.links.size > 0) continue
      report({page, messageId: 'noSource'})
    }
  },
})
