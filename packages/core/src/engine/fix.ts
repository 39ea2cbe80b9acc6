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

/** Applies non-overlapping safe fixes once; findings must come from `text`. */
export function applyFixes(text: string, findings: readonly Finding[]): {output: string; applied: Finding[]} {
  const applied: Finding[] = []
  let output = ''
  let cursor = 0
  const safe = findings.filter((finding) => finding.fixable === 'safe' && finding.expected.length > 0)
  for (const finding of [...safe].sort((a, b) => a.offset - b.offset)) {
    if (finding.offset < cursor) continue
    output += text.slice(cursor, finding.offset) + finding.expected[0]
    cursor = finding.offset + finding.length
    applied.push(finding)
  }
  return {output: output + text.slice(cursor), applied}
}

/** Most passes a fix makes: a fix may reveal another, but never forever. */
const maxPasses = 10

/** Checks and applies safe fixes until none is left, then reports what remains. */
export function fix(source: string, options: CheckOptions = {}): FixResult {
  let output = stripBom(source)
  const applied: Finding[] = []
  let findings = check(output, options)
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = applyFixes(output, findings)
    if (result.applied.length === 0) break
    applied.push(...result.applied)
    output = result.output
    findings = check(output, options)
  }
  return {output, applied, findings}
}
