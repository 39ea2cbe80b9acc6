import type {Config} from '../engine/config.js'
import {fillTemplate} from '../engine/finding.js'
import {levelOf} from '../engine/resolve.js'
import {siteRules} from '../rules/linkage/index.js'
import type {Finding, Format} from '../types.js'
import {readPage, type SitePage} from './page.js'

export interface SiteFile {
  /** The file's path inside the site; links between files resolve against it. */
  path: string
  text: string
  format: Format
}

/**
 * Runs the site rules (政策 ↔ 解读 linkage) over every page of a site. Returns the findings
 * by page path, each at the page's title; pages without findings are absent.
 */
export function lintSite(pages: readonly SitePage[], config: Config = {}): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>()
  for (const rule of siteRules) {
    const severity = levelOf(rule, config)
    if (severity === 'off') continue
    rule.check(pages, ({page, messageId, data = {}}) => {
      if (page.silenced.has(rule.id)) return
      const finding: Finding = {
        ruleId: rule.id,
        category: rule.category,
        severity,
        message: fillTemplate(rule.messages[messageId] ?? messageId, data),
        ...page.titleLocation,
        expected: [],
        url: rule.url,
      }
      byPath.set(page.path, [...(byPath.get(page.path) ?? []), finding])
    })
  }
  return byPath
}

/** Reads and checks a whole site held in memory; see `lintSite`. */
export function checkSite(files: readonly SiteFile[], config: Config = {}): Map<string, Finding[]> {
  return lintSite(
    files.map((file) => readPage(file.path, file.text, file.format)),
    config,
  )
}
