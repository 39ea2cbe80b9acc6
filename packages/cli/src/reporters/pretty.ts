import {LineIndex, type Finding, type Severity} from '@shenjiao/core'
import type {Tally} from '../tally.js'
import {palette} from './colors.js'
import {excerpt} from './excerpt.js'
import {printable} from './printable.js'
import type {CheckedFile, Reporter, SitePage, Write} from './reporter.js'

const severityLabels: Record<Severity, string> = {error: '错误', warning: '警告', info: '提示'}

/**
 * For people: one `file:line:column  severity  message  ruleId` line per finding (a link in
 * most terminals and editors), the source line with the range underlined, then a summary.
 */
export function prettyReporter(write: Write, options: {color: boolean; fixing: boolean}): Reporter {
  const paint = palette(options.color)

  /** The first line of every finding, of a file or of the site. */
  const headline = (path: string, finding: Finding): string =>
    `${paint.bold(`${path}:${finding.line}:${finding.column}`)}  ${paint.severity[finding.severity](finding.severity)}  ` +
    `${printable(finding.message)}  ${paint.dim(finding.ruleId)}\n`

  const reportFile = (file: CheckedFile): void => {
    const path = printable(file.path)
    if (file.fixed > 0) write(`${paint.bold(path)}  ${paint.green(`已修复 ${file.fixed} 处`)}\n`)
    if (file.findings.length === 0) return
    const lines = new LineIndex(file.text)
    // Privacy findings mask their range wherever it shows, also under other findings.
    const masked = file.findings
      .filter((finding) => finding.category === 'privacy')
      .map((finding) => ({start: finding.offset, end: finding.offset + finding.length}))
    for (const finding of file.findings) {
      const severity = paint.severity[finding.severity]
      const shown = excerpt(file.text, lines, finding, masked)
      const gutter = String(shown.line)
      write(
        headline(path, finding) +
          `  ${paint.dim(`${gutter} |`)} ${shown.source}\n` +
          `  ${paint.dim(`${' '.repeat(gutter.length)} |`)} ${' '.repeat(shown.marker)}${severity('^'.repeat(shown.width))}\n\n`,
      )
    }
  }

  const summarize = (tally: Tally): void => {
    if (tally.findings > 0) {
      const counts = (['error', 'warning', 'info'] as const)
        .filter((severity) => tally[severity] > 0)
        .map((severity) => `${severityLabels[severity]} ${tally[severity]}`)
      const categories = Object.entries(tally.byCategory()).map(([category, count]) => `· ${category} ${count}`)
      const paintTotal = paint.severity[tally.error > 0 ? 'error' : tally.warning > 0 ? 'warning' : 'info']
      write(`${paintTotal(`✖ ${tally.findings} 个问题（${counts.join('，')}）`)}${categories.join(' ')}\n`)
    } else if (tally.failed === 0) {
      write(`${paint.green(`✔ 检查了 ${tally.files} 个文件，没有发现问题`)}\n`)
    }
    if (options.fixing && tally.fixed > 0) write(`${paint.green(`共修复 ${tally.fixed} 处`)}\n`)
    if (!options.fixing && tally.fixable > 0) write(`其中 ${tally.fixable} 个可用 --fix 自动修复\n`)
    if (tally.failed > 0) write(`${paint.severity.error(`✖ ${tally.failed} 个文件无法检查（原因见错误输出）`)}\n`)
  }

  /** Site findings sit at a page's title; the title is the excerpt. */
  const reportSite = (page: SitePage): void => {
    const path = printable(page.path)
    for (const finding of page.findings) write(`${headline(path, finding)}  ${paint.dim('|')} ${printable(finding.actual)}\n\n`)
  }

  return {checked: reportFile, failed: () => {}, site: reportSite, end: summarize}
}
