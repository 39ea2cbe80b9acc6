import type {SitePage} from '../site/page.js'
import type {Category, Severity} from '../types.js'
import {identify} from './rule.js'

/** What a site rule reports: a problem of one page, shown at the page's title. */
export interface SiteReport<MessageId extends string> {
  page: SitePage
  messageId: MessageId
  /** Values for `{name}` placeholders in the message. */
  data?: Record<string, string>
}

/**
 * A rule over a whole site rather than one document: it sees every page at once (the
 * 政策 ↔ 解读 linkage needs both ends). Front ends run site rules where they hold a site:
 * `checkSite`, the language server's workspace.
 */
export interface SiteRuleDefinition<MessageId extends string> {
  /** `<category>/<kebab-name>`, equal to the file path under `src/rules/`. */
  id: string
  severity: Severity
  recommended: boolean
  messages: Record<MessageId, string>
  check(pages: readonly SitePage[], report: (report: SiteReport<MessageId>) => void): void
}

export interface SiteRule<MessageId extends string = string> extends SiteRuleDefinition<MessageId> {
  category: Category
  url: string
}

export function defineSiteRule<MessageId extends string>(definition: SiteRuleDefinition<MessageId>): SiteRule<MessageId> {
  return {...definition, ...identify(definition.id)}
}
