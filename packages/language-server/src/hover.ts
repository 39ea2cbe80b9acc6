import type {Finding} from '@shenjiao/core'
import {MarkupKind, type Hover, type Position} from 'vscode-languageserver'
import {rangeContains, rangeOf} from './convert.js'
import type {RuleDoc, RuleDocs, RuleExample} from './rule-docs.js'

/** Examples of each kind shown in a hover; the rest are one click away in the document. */
const examplesShown = 2

/**
 * The hover over a finding: what the rule checks and why, the standard it follows, and
 * correct and incorrect examples, from the rule's document; without the document, the
 * message and a link. Undefined when no finding covers `position`.
 */
export function hoverAt(findings: readonly Finding[], position: Position, docs: RuleDocs, markdown: boolean): Hover | undefined {
  const here = findings.filter((finding) => rangeContains(rangeOf(finding), position))
  if (here.length === 0) return undefined
  const seen = new Set<string>()
  const parts: string[] = []
  for (const finding of here) {
    if (seen.has(finding.ruleId)) continue
    seen.add(finding.ruleId)
    parts.push(describe(finding, docs.get(finding.ruleId)))
  }
  return {
    contents: {kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: parts.join('\n\n---\n\n')},
    range: rangeOf(here[0]!),
  }
}

function describe(finding: Finding, doc: RuleDoc | undefined): string {
  const lines = [`**${finding.ruleId}**（shenjiao）· [规则说明](${finding.url})`, '']
  if (finding.note) lines.push(finding.note, '')
  if (!doc) {
    lines.push(finding.message)
    return lines.join('\n')
  }
  if (doc.summary) lines.push(doc.summary, '')
  if (doc.basis) lines.push(`依据：${doc.basis}`, '')
  lines.push(...examples('✗ 错误', doc.incorrect), ...examples('✓ 正确', doc.correct))
  return lines.join('\n').trimEnd()
}

function examples(label: string, list: readonly RuleExample[]): string[] {
  return list.slice(0, examplesShown).flatMap((example) => [label, '```' + example.language, example.code, '```', ''])
}
