import {defineSiteRule} from '../../engine/site-rule.js'
import {normalizeTitle, type SitePage} from '../../site/page.js'

/** Shorter titles than this match only exactly: 《通知》 alone names no document. */
const shortestPartialTitle = 8

/** Whether a title cited in an interpretation names this policy: exactly, or inside it (issuer in front, 关于印发…的通知 around). */
function namesPolicy(cited: string, policy: SitePage): boolean {
  const title = normalizeTitle(policy.title)
  if (cited === title) return true
  const [shorter, longer] = cited.length < title.length ? [cited, title] : [title, cited]
  return shorter.length >= shortestPartialTitle && longer.includes(shorter)
}

/** Two 文号 as read from text: one may carry words before its 代字 (根据国办发〔2023〕12号). */
function sameNumber(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a)
}

function linksTo(from: SitePage, to: SitePage): boolean {
  for (const address of to.addresses) if (from.links.has(address)) return true
  return false
}

/** The policies an interpretation is about: the ones it links to, names in 《》 or cites by their own 文号. */
function interpretedBy(interpretation: SitePage, policies: readonly SitePage[]): SitePage[] {
  return policies.filter(
    (policy) =>
      linksTo(interpretation, policy) ||
      interpretation.citedTitles.some((cited) => namesPolicy(cited, policy)) ||
      interpretation.documentNumbers.some((number) => policy.ownDocumentNumbers.some((own) => sameNumber(number, own))),
  )
}

function shortTitle(page: SitePage): string {
  const chars = [...page.title]
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : page.title
}

export default defineSiteRule({
  id: 'linkage/two-way',
  severity: 'error',
  recommended: true,
  messages: {
    interpretationUnlinked: '解读未链接政策原文“{title}”（{path}），政策文件与解读应双向关联',
    policyUnlinked: '政策文件未链接其解读“{title}”（{path}），政策文件与解读应双向关联',
  },
  check(pages, report) {
    const policies = pages.filter((page) => page.kind === 'policy')
    for (const interpretation of pages.filter((page) => page.kind === 'interpretation')) {
      for (const policy of interpretedBy(interpretation, policies)) {
        if (!linksTo(interpretation, policy)) {
          report({page: interpretation, messageId: 'interpretationUnlinked', data: {title: shortTitle(policy), path: policy.path}})
        }
        if (!linksTo(policy, interpretation)) {
          report({page: policy, messageId: 'policyUnlinked', data: {title: shortTitle(interpretation), path: interpretation.path}})
        }
      }
    }
  },
})
