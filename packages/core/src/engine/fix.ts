import type {Finding} from '../types.js'
import {check, stripBom, type CheckOptions} from './check.js'

export interface FixResult {
  /** The fixed text (without BOM; callers writing files keep their own). */
  output: string
  /** The fixes applied, located in the text they were found in. */
  applied: Finding[]
  /** What is left to report in `output`. */
  findings: Finding[]
}

export interface FixOptions {
  /**
   * Also applies the masked forms that privacy rules suggest (`--fix-privacy`). Masking
   * changes what a document says, so it is never part of a plain `--fix`.
   */
  privacy?: boolean
}

/** Whether a fix may be applied without asking: safe, or a privacy mask the caller opted into. */
function isApplicable(finding: Finding, options: FixOptions): boolean {
  if (finding.expected.length === 0) return false
  if (finding.fixable === 'safe') return true
  return options.privacy === true && finding.category === 'privacy' && finding.fixable === 'suggest'
}

/** Applies non-overlapping safe fixes once; findings must come from `text`. */
export function applyFixes(
  text: string,
  findings: readonly Finding[],
  options: FixOptions = {},
): {output: string; applied: Finding[]} {
  const applied: Finding[] = []
  let output = ''
  let cursor = 0
  const applicable = findings.filter((finding) => isApplicable(finding, options))
  for (const finding of [...applicable].sort((a, b) => a.offset - b.offset)) {
    if (finding.offset < cursor) continue
    output += text.slice(cursor, finding.offset) + finding.expected[0]
    cursor = finding.offset + finding.length
    applied.push(finding)
  }
  return {output: output + text.slice(cursor), applied}
}

/** Most passes a fix makes: a fix may reveal another, but never forever. */
const maxPasses = 10

/**
 * Checks and applies safe fixes (with `privacy`, privacy masks too) until none is left,
 * then reports what remains.
 */
export function fix(source: string, options: CheckOptions & FixOptions = {}): FixResult {
  let output = stripBom(source)
  const applied: Finding[] = []
  let findings = check(output, options)
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = applyFixes(output, findings, options)
    if (result.applied.length === 0) break
    applied.push(...result.applied)
    output = result.output
    findings = check(output, options)
  }
  return {output, applied, findings}
}
