import type {Finding, Fixable} from '@shenjiao/core'
import {DiagnosticSeverity, type Diagnostic, type Position, type Range} from 'vscode-languageserver'

/** What a diagnostic carries for the code actions: the finding's replacements. */
export interface DiagnosticData {
  expected: string[]
  fixable: Fixable | null
}

/** How a user may show a rule's findings in the editor, whatever level the rule runs at. */
export type SeverityOverride = 'error' | 'warning' | 'info' | 'hint'

export const diagnosticSource = 'shenjiao'

const severities: Record<SeverityOverride, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
}

/** LSP positions are 0-based; findings' lines and columns are 1-based UTF-16, as LSP counts. */
export function rangeOf(finding: Finding): Range {
  return {
    start: {line: finding.line - 1, character: finding.column - 1},
    end: {line: finding.endLine - 1, character: finding.endColumn - 1},
  }
}

/**
 * The display severity: an override for the rule id, else for `<category>/*`, else for
 * `*`, else the finding's own.
 */
export function severityOf(finding: Finding, overrides: Readonly<Record<string, SeverityOverride>>): DiagnosticSeverity {
  const override = overrides[finding.ruleId] ?? overrides[`${finding.category}/*`] ?? overrides['*']
  return severities[override ?? finding.severity]
}

export function toDiagnostic(finding: Finding, overrides: Readonly<Record<string, SeverityOverride>> = {}): Diagnostic {
  const data: DiagnosticData = {expected: finding.expected, fixable: finding.fixable ?? null}
  return {
    range: rangeOf(finding),
    severity: severityOf(finding, overrides),
    code: finding.ruleId,
    codeDescription: {href: finding.url},
    source: diagnosticSource,
    message: finding.message,
    data,
  }
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character
}

/** Whether `position` lies in `range`; an empty range holds the position it sits at. */
export function rangeContains(range: Range, position: Position): boolean {
  if (comparePositions(position, range.start) < 0) return false
  const end = comparePositions(position, range.end)
  return end < 0 || (end === 0 && comparePositions(range.start, range.end) === 0)
}

/** Whether two ranges share a position (touching counts, so a cursor at an end finds it). */
export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0
}

/** Whether a diagnostic a client sends back is the one made from `finding`. */
export function isDiagnosticOf(diagnostic: Diagnostic, finding: Finding): boolean {
  const range = rangeOf(finding)
  return (
    diagnostic.code === finding.ruleId &&
    comparePositions(diagnostic.range.start, range.start) === 0 &&
    comparePositions(diagnostic.range.end, range.end) === 0
  )
}
