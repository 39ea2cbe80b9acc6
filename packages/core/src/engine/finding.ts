import type {LineIndex} from '../parse/line-index.js'
import type {Finding} from '../types.js'

/** The location fields of a finding covering source offsets `[start, end)`. */
export function located(lines: LineIndex, start: number, end: number): Pick<Finding, 'offset' | 'length' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  const startPlace = lines.place(start)
  const endPlace = lines.place(end)
  return {offset: start, length: end - start, line: startPlace.line, column: startPlace.column, endLine: endPlace.line, endColumn: endPlace.column}
}

/** The order findings are reported in: by place, the shorter first, then by rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.length - b.length || a.ruleId.localeCompare(b.ruleId)
}

/** Fills `{name}` placeholders of a message template; unknown names stay as written. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
