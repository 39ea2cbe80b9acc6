import {describe, expect, it} from 'vitest'
import {check} from '../engine/check.js'
import type {Config, RuleSetting} from '../engine/config.js'
import {fix} from '../engine/fix.js'
import type {Rule} from '../engine/rule.js'
import {LineIndex} from '../parse/line-index.js'
import {rules} from '../rules/index.js'
import type {Finding, Fixable, Format} from '../types.js'
import {variantsOf, type Variant} from './variants.js'

/** Configuration a case may add around the rule: a user dictionary, the segmenter. */
export type CaseConfig = Pick<Config, 'dictionary' | 'segmenter'>

export interface ValidCase {
  /** Why the case exists; shown as the test title. */
  name?: string
  text: string
  /** `text` (the default) is also re-run as Markdown, as HTML and behind `𠮷`. */
  format?: Format
  /** The rule's options for this case. */
  options?: Record<string, unknown>
  config?: CaseConfig
}

/** One expected finding; fields left out are not compared, `messageId` always is. */
export interface ExpectedError {
  messageId: string
  /** The full message, for documentation examples; tests should assert ids and values. */
  message?: string
  actual?: string
  expected?: string[]
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  fixable?: Fixable
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[]
  /** `fix(text).output`: required exactly when the rule fixes. */
  output?: string
}

export interface RuleTesterCases {
  valid: Array<string | ValidCase>
  invalid: InvalidCase[]
}

type AnyRule = Rule<string, any>

/**
 * ESLint-style strict tester on vitest. Each case runs the rule alone through `check`;
 * plain-text cases run again as Markdown, as HTML and after an astral character, and
 * must give the same findings at the mapped positions.
 */
export const ruleTester = {
  run(rule: AnyRule, cases: RuleTesterCases): void {
    const valid = cases.valid.map((entry) => (typeof entry === 'string' ? {text: entry} : entry))
    validateCases(rule, valid, cases.invalid)
    describe(rule.id, () => {
      describe('valid', () => {
        for (const entry of valid) it(titleOf(entry), () => verifyValid(rule, entry))
      })
      describe('invalid', () => {
        for (const entry of cases.invalid) it(titleOf(entry), () => verifyInvalid(rule, entry))
      })
    })
  },
}

/** Rejects cases that cannot be trusted before any of them runs. */
export function validateCases(rule: AnyRule, valid: readonly ValidCase[], invalid: readonly InvalidCase[]): void {
  const registered = rules.find((candidate) => candidate.id === rule.id)
  if (!registered) throw new Error(`Rule "${rule.id}" is not in the rule registry (rules/index.ts), so check() cannot run it`)
  if (signature(registered) !== signature(rule)) {
    throw new Error(`Rule "${rule.id}" differs from the registered one; is the build stale? Run \`npx tsc -b\``)
  }
  const seen = new Set<string>()
  for (const entry of [...valid, ...invalid]) {
    const key = JSON.stringify([entry.format ?? 'text', entry.text, entry.options ?? {}, entry.config ?? {}])
    if (seen.has(key)) throw new Error(`Duplicate case in ${rule.id}: ${JSON.stringify(entry.text)}`)
    seen.add(key)
  }
  const covered = new Set<string>()
  for (const entry of invalid) {
    if (entry.errors.length === 0) throw new Error(`Invalid case without errors in ${rule.id}: ${JSON.stringify(entry.text)}`)
    for (const error of entry.errors) {
      if (!(error.messageId in rule.messages)) {
        throw new Error(`Unknown messageId "${error.messageId}" in ${rule.id}: ${JSON.stringify(entry.text)}`)
      }
      covered.add(error.messageId)
    }
    if (rule.fixable !== undefined && entry.output === undefined) {
      throw new Error(`Missing output in ${rule.id} (the rule fixes): ${JSON.stringify(entry.text)}`)
    }
    if (rule.fixable === undefined && entry.output !== undefined) {
      throw new Error(`Unexpected output in ${rule.id} (the rule does not fix): ${JSON.stringify(entry.text)}`)
    }
  }
  const uncovered = Object.keys(rule.messages).filter((id) => !covered.has(id))
  if (uncovered.length > 0) throw new Error(`No invalid case of ${rule.id} covers messageId ${uncovered.join(', ')}`)
}

function verifyValid(rule: AnyRule, entry: ValidCase): void {
  const findings = run(rule, entry, entry.text, entry.format ?? 'text')
  expect(findings.map(describeFinding), 'findings in a valid case').toEqual([])
  for (const variant of variantsFor(entry)) {
    const found = run(rule, entry, variant.source, variant.format)
    expect(found.map(describeFinding), `findings in a valid case, as ${variant.name}`).toEqual([])
  }
}

function verifyInvalid(rule: AnyRule, entry: InvalidCase): void {
  const format = entry.format ?? 'text'
  const findings = run(rule, entry, entry.text, format)
  const actual = findings.map((finding, index) => project(rule, finding, entry.errors[index]))
  expect(actual, 'findings').toEqual(entry.errors)

  let output: string | undefined
  if (rule.fixable !== undefined) {
    output = fix(entry.text, {format, config: configOf(rule, entry)}).output
    expect(output, 'fix output').toBe(entry.output)
    expect(fix(output, {format, config: configOf(rule, entry)}).output, 'fixing the output again').toBe(output)
  }

  for (const variant of variantsFor(entry)) {
    const lines = new LineIndex(variant.source)
    const mapped = findings.map((finding) => comparable({...finding, ...place(variant, finding, lines)}))
    const found = run(rule, entry, variant.source, variant.format).map(comparable)
    expect(found, `findings as ${variant.name}`).toEqual(mapped)
    if (output !== undefined) {
      const fixed = fix(variant.source, {format: variant.format, config: configOf(rule, entry)}).output
      expect(fixed, `fix output as ${variant.name}`).toBe(variant.wrap(output))
    }
  }
}

/** Runs only `rule`, at its own severity, over `source`. */
function run(rule: AnyRule, entry: ValidCase, source: string, format: Format): Finding[] {
  return check(source, {format, config: configOf(rule, entry)})
}

function configOf(rule: AnyRule, entry: ValidCase): Config {
  const settings: Record<string, RuleSetting> = Object.fromEntries(rules.map((other) => [other.id, 'off']))
  settings[rule.id] = [rule.severity, entry.options ?? {}]
  return {...entry.config, rules: settings}
}

function variantsFor(entry: ValidCase): Variant[] {
  return (entry.format ?? 'text') === 'text' ? variantsOf(entry.text) : []
}

/** A finding reduced to the fields `spec` gives, with its messageId recovered from the message. */
function project(rule: AnyRule, finding: Finding, spec: ExpectedError | undefined): Record<string, unknown> {
  const ids = messageIdsOf(rule, finding.message)
  const full: Record<string, unknown> = {
    messageId: spec && ids.includes(spec.messageId) ? spec.messageId : (ids[0] ?? `(no template matches “${finding.message}”)`),
    message: finding.message,
    actual: finding.actual,
    expected: finding.expected,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    fixable: finding.fixable,
  }
  if (!spec) return full
  return Object.fromEntries(Object.keys(spec).map((key) => [key, full[key]]))
}

/** The messageIds whose template, placeholders as wildcards, renders `message`. */
export function messageIdsOf(rule: AnyRule, message: string): string[] {
  return Object.entries(rule.messages as Record<string, string>)
    .filter(([, template]) => templatePattern(template).test(message))
    .map(([id]) => id)
}

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${parts.join('[^]*?')}$`)
}

/** Where a finding of the plain text lies in a variant's source. */
function place(variant: Variant, finding: Finding, lines: LineIndex): Partial<Finding> {
  const start = variant.positions[finding.offset]!
  const end = variant.positions[finding.offset + finding.length]!
  const startPlace = lines.place(start)
  const endPlace = lines.place(end)
  return {
    offset: start,
    length: end - start,
    line: startPlace.line,
    column: startPlace.column,
    endLine: endPlace.line,
    endColumn: endPlace.column,
  }
}

/** What must agree between a case and its variants (`actual` is source text, so escapes differ). */
function comparable(finding: Finding): Record<string, unknown> {
  const {message, offset, length, line, column, endLine, endColumn, expected, fixable} = finding
  return {message, offset, length, line, column, endLine, endColumn, expected, fixable}
}

function describeFinding(finding: Finding): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}: ${finding.message}`
}

function signature(rule: AnyRule): string {
  const {id, severity, fixable, recommended, messages, defaultOptions} = rule
  return JSON.stringify({id, severity, fixable, recommended, messages, defaultOptions})
}

function titleOf(entry: ValidCase): string {
  const text = [...entry.text.replace(/\n/g, '⏎')]
  const shown = text.length > 40 ? `${text.slice(0, 40).join('')}…` : text.join('')
  return entry.name ? `${entry.name}: ${shown}` : shown
}
