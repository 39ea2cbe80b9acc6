import type {Directive} from '../parse/document.js'
import type {LineIndex} from '../parse/line-index.js'
import type {Finding} from '../types.js'

/**
 * Drops findings silenced by `shenjiao-disable-next-line`, or inside a
 * `shenjiao-disable` … `shenjiao-enable` stretch. "Next line" is the next line with
 * text after the comment, since Markdown puts a blank line between blocks.
 */
export function applyDirectives(
  findings: Finding[],
  directives: readonly Directive[],
  text: string,
  lines: LineIndex,
): Finding[] {
  if (directives.length === 0) return findings
  const nextLine: Array<{line: number; ruleIds: string[]}> = []
  const ranges: Array<{start: number; end: number; ruleIds: string[]}> = []
  const open: Array<{start: number; ruleIds: string[]}> = []
  for (const directive of [...directives].sort((a, b) => a.start - b.start)) {
    if (directive.kind === 'disable-next-line') {
      nextLine.push({line: nextLineWithText(text, directive.end, lines), ruleIds: directive.ruleIds})
    } else if (directive.kind === 'disable') {
      open.push({start: directive.end, ruleIds: directive.ruleIds})
    } else {
      for (let i = open.length - 1; i >= 0; i--) {
        const stretch = open[i]!
        if (directive.ruleIds.length === 0 || stretch.ruleIds.some((id) => directive.ruleIds.includes(id))) {
          ranges.push({start: stretch.start, end: directive.start, ruleIds: stretch.ruleIds})
          open.splice(i, 1)
        }
      }
    }
  }
  for (const stretch of open) ranges.push({start: stretch.start, end: Number.POSITIVE_INFINITY, ruleIds: stretch.ruleIds})
  const names = (ruleIds: string[], ruleId: string): boolean => ruleIds.length === 0 || ruleIds.includes(ruleId)
  return findings.filter(
    (finding) =>
      !nextLine.some((entry) => entry.line === finding.line && names(entry.ruleIds, finding.ruleId)) &&
      !ranges.some(
        (range) => finding.offset >= range.start && finding.offset < range.end && names(range.ruleIds, finding.ruleId),
      ),
  )
}

function nextLineWithText(text: string, from: number, lines: LineIndex): number {
  const rest = /[^\s]/g
  rest.lastIndex = from
  const match = rest.exec(text)
  const commentLine = lines.place(from).line
  if (!match) return commentLine + 1
  return Math.max(lines.place(match.index).line, commentLine + 1)
}
