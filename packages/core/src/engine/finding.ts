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

/**
 * Drops a finding that only repeats another rule's: its range lies inside the other's and
 * its first fix, made inside the other's text, gives the other's first fix (共合国 → 共和国
 * inside 中华人民共合国 → 中华人民共和国; 险 → 除 inside 扫黑险恶 → 扫黑除恶). The wider
 * finding stays: it names the word or formulation. `findings` must be sorted by `compareFindings`.
 */
export function withoutRepeats(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding, index) => !repeatsWider(findings, index))
}

/** Farthest back a wider finding is looked for: formulations and words are shorter than this. */
const widestRepeat = 64

function repeatsWider(findings: readonly Finding[], index: number): boolean {
  const finding = findings[index]!
  const covers = (other: Finding): boolean =>
    other.ruleId !== finding.ruleId &&
    other.length > finding.length &&
    other.offset + other.length >= finding.offset + finding.length &&
    sameFix(other, finding)
  for (let j = index - 1; j >= 0 && findings[j]!.offset >= finding.offset - widestRepeat; j--) if (covers(findings[j]!)) return true
  for (let j = index + 1; j < findings.length && findings[j]!.offset === finding.offset; j++) if (covers(findings[j]!)) return true
  return false
}

function sameFix(outer: Finding, inner: Finding): boolean {
  const [outerFix] = outer.expected
  const [innerFix] = inner.expected
  if (outerFix === undefined || innerFix === undefined) return false
  const at = inner.offset - outer.offset
  return outer.actual.slice(0, at) + innerFix + outer.actual.slice(at + inner.length) === outerFix
}
