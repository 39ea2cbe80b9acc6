import type {Directive} from '../parse/document.js'
import type {LineIndex} from '../parse/line-index.js'
import type {Finding} from '../types.js'

/**
 * Which rules are off from `from` on: with `all`, every rule but those in `ids`;
 * otherwise only those in `ids`.
 */
interface Stretch {
  from: number
  all: boolean
  ids: ReadonlySet<string>
}

/**
 * Drops findings silenced by `shenjiao-disable-next-line`, or inside a
 * `shenjiao-disable` … `shenjiao-enable` stretch. "Next line" is the next line with
 * text after the comment, since Markdown puts a blank line between blocks. As in ESLint,
 * `enable <ids>` after a bare `disable` turns just those rules back on, and `enable <id>`
 * after `disable <id>, <other>` leaves the other one off.
 */
export function applyDirectives(
  findings: Finding[],
  directives: readonly Directive[],
  text: string,
  lines: LineIndex,
): Finding[] {
  if (directives.length === 0) return findings
  const nextLine: Array<{line: number; ruleIds: string[]}> = []
  const stretches: Stretch[] = [{from: 0, all: false, ids: new Set()}]
  for (const directive of [...directives].sort((a, b) => a.start - b.start)) {
    const current = stretches.at(-1)!
    if (directive.kind === 'disable-next-line') {
      nextLine.push({line: nextLineWithText(text, directive.end, lines), ruleIds: directive.ruleIds})
    } else if (directive.kind === 'disable') {
      stretches.push({from: directive.end, ...switched(current, directive.ruleIds, false)})
    } else {
      stretches.push({from: directive.start, ...switched(current, directive.ruleIds, true)})
    }
  }
  const names = (ruleIds: string[], ruleId: string): boolean => ruleIds.length === 0 || ruleIds.includes(ruleId)
  return findings.filter(
    (finding) =>
      !nextLine.some((entry) => entry.line === finding.line && names(entry.ruleIds, finding.ruleId)) &&
      !isOff(stretchAt(stretches, finding.offset), finding.ruleId),
  )
}

/** The stretch after turning `ruleIds` (none: every rule) on or off. */
function switched(current: Stretch, ruleIds: readonly string[], on: boolean): Omit<Stretch, 'from'> {
  if (ruleIds.length === 0) return {all: !on, ids: new Set()}
  const ids = new Set(current.ids)
  // With `all`, `ids` lists the rules still on; otherwise the rules turned off.
  const add = current.all === on
  for (const id of ruleIds) {
    if (add) ids.add(id)
    else ids.delete(id)
  }
  return {all: current.all, ids}
}

function isOff(stretch: Stretch, ruleId: string): boolean {
  return stretch.all !== stretch.ids.has(ruleId)
}

/** The last stretch starting at or before `offset`; stretches are in source order. */
function stretchAt(stretches: readonly Stretch[], offset: number): Stretch {
  let found = stretches[0]!
  for (const stretch of stretches) {
    if (stretch.from > offset) break
    found = stretch
  }
  return found
}

function nextLineWithText(text: string, from: number, lines: LineIndex): number {
  const rest = /[^\s]/g
  rest.lastIndex = from
  const match = rest.exec(text)
  const commentLine = lines.place(from).line
  if (!match) return commentLine + 1
  return Math.max(lines.place(match.index).line, commentLine + 1)
}
