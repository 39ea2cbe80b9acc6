import {applyDirectives} from '../engine/directives.js'
import type {Config} from '../engine/config.js'
import {fillTemplate, located} from '../engine/finding.js'
import {levelOf} from '../engine/resolve.js'
import {LineIndex} from '../parse/line-index.js'
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
 * by page path; pages without findings are absent. `textOf` gives the text a page was read
 * from, to place findings in it.
 */
export function lintSite(pages: readonly SitePage[], textOf: (path: string) => string, config: Config = {}): Map<string, Finding[]> {
  const byPath = new Map<string, Finding[]>()
  for (const rule of siteRules) {
    const severity = levelOf(rule, config)
    if (severity === 'off') continue
    rule.check(pages, ({page, messageId, data = {}}) => {
      const text = textOf(page.path)
      const lines = new LineIndex(text)
      const {start, end} = page.titleRange
      const finding: Finding = {
        ruleId: rule.id,
        category: rule.category,
        severity,
        message: fillTemplate(rule.messages[messageId] ?? messageId, data),
        ...located(lines, start, end),
        actual: text.slice(start, end),
        expected: [],
        url: rule.url,
      }
      const kept = applyDirectives([finding], page.directives, text, lines)
      if (kept.length > 0) byPath.set(page.path, [...(byPath.get(page.path) ?? []), ...kept])
    })
  }
  return byPath
}

/** Reads and checks a whole site held in memory; see `lintSite`. */
export function checkSite(files: readonly SiteFile[], config: Config = {}): Map<string, Finding[]> {
  const texts = new Map(files.map((file) => [file.path, file.text]))
  const pages = files.map((file) => readPage(file.path, file.text, file.format))
  return lintSite(pages, (path) => texts.get(path) ?? '', config)
}
