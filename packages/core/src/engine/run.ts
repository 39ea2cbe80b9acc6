import {cachedMatcher} from '../dictionaries/matcher.js'
import type {Block, ParsedDocument} from '../parse/document.js'
import {LineIndex} from '../parse/line-index.js'
import {getSegmenter, tokenize, type Token} from '../segment/index.js'
import type {Finding, Severity} from '../types.js'
import type {Config} from './config.js'
import {applyDirectives} from './directives.js'
import {compareFindings, fillTemplate, located, withoutRepeats} from './finding.js'
import {maskUrls} from './mask.js'
import {resolveRules} from './resolve.js'
import type {ProseSegment, Report, Rule, UserDictionary} from './rule.js'

/** Longest user text quoted in a message before it is cut with “…”. */
const quoteLimit = 20

/**
 * Runs the configured rules over a parsed document and returns findings located in
 * `text`, the source the document was parsed from (BOM already removed).
 */
export function lintDocument(document: ParsedDocument, text: string, config: Config = {}): Finding[] {
  const active = resolveRules(config)
  const dictionary: UserDictionary = {
    allow: config.dictionary?.allow ?? [],
    replace: config.dictionary?.replace ?? {},
  }
  const lines = new LineIndex(text)
  const findings: Finding[] = []

  let current: Visited | undefined
  const visited = new Map<ProseSegment, Visited>()

  const record = (rule: Rule<string, unknown>, severity: Severity, input: Report<string>): void => {
    const target = input.segment ? visited.get(input.segment) : current
    if (!target) throw new Error(`Rule ${rule.id} reported against a segment this document never showed it`)
    const {block, allowed} = target
    const [start, end] = input.range
    if (allowed.some((range) => start >= range.start && end <= range.end)) return
    const source = block.map.toSource(start, end)
    const expected = input.expected ?? []
    const values: Record<string, string> = {
      ...input.data,
      actual: input.actual ?? quote(block.text.slice(start, end)),
      expected: quote(expected[0] ?? ''),
    }
    const finding: Finding = {
      ruleId: rule.id,
      category: rule.category,
      severity: input.lowerSeverity ? lowered(severity) : severity,
      message: fillTemplate(rule.messages[input.messageId] ?? input.messageId, values),
      ...located(lines, source.start, source.end),
      actual: input.actual ?? text.slice(source.start, source.end),
      expected,
      url: rule.url,
    }
    if (rule.fixable && expected.length > 0) {
      const certain = rule.fixable === 'safe' && input.fixable !== 'suggest' && block.map.isContiguous(start, end)
      finding.fixable = certain ? 'safe' : 'suggest'
    }
    if (input.note !== undefined) finding.note = input.note
    if (input.hash !== undefined) finding.hash = input.hash
    findings.push(finding)
  }

  const visitors = active.map(({rule, severity, options}) =>
    rule.create({options, dictionary, report: (input) => record(rule, severity, input)}),
  )

  for (const block of document.blocks) {
    let tokens: Token[] | undefined
    const segment: ProseSegment = {
      text: maskUrls(block.text),
      kind: block.kind,
      spans: block.spans ?? [],
      tokens: () => (tokens ??= tokenize(getSegmenter(config.segmenter), segment.text)),
    }
    current = {block, allowed: allowedRanges(segment.text, dictionary.allow)}
    visited.set(segment, current)
    for (const visitor of visitors) visitor.prose?.(segment)
  }
  current = undefined
  for (const visitor of visitors) visitor.end?.()

  const kept = applyDirectives(findings, document.directives, text, lines)
  return withoutRepeats(kept.sort(compareFindings))
}

interface Visited {
  block: Block
  /** Ranges of user-allowed words in the segment; no finding lies inside one. */
  allowed: Array<{start: number; end: number}>
}

function allowedRanges(text: string, allow: readonly string[]): Array<{start: number; end: number}> {
  if (allow.length === 0) return []
  return cachedMatcher(`allow:${allow.join('\n')}`, () => allow).findAll(text)
}

/** One step less serious; `info` stays `info`. */
function lowered(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'info'
}

function quote(value: string): string {
  const chars = [...value]
  return chars.length > quoteLimit ? `${chars.slice(0, quoteLimit).join('')}…` : value
}
