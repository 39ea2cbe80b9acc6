import {applyFixes, type Finding, type Format} from '@shenjiao/core'
import {CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {diagnosticSource, isDiagnosticOf, rangeOf, rangesOverlap, toDiagnostic} from './convert.js'

export const fixAllKind = `${CodeActionKind.SourceFixAll}.shenjiao`

/** Server commands; the client runs them with `workspace/executeCommand`. */
export const commands = {
  fixAll: 'shenjiao.fixAll',
  addToDictionary: 'shenjiao.addToDictionary',
  openRuleDocs: 'shenjiao.openRuleDocs',
} as const

export interface CodeActionInput {
  params: CodeActionParams
  document: TextDocument
  format: Format
  /** The findings of `document` as it is now. */
  findings: readonly Finding[]
  /** Whether the document is a file, so a project configuration can take a word. */
  onDisk: boolean
  /** The document with every safe fix applied (for source.fixAll). */
  fixAll(): Promise<string>
}

/** Categories whose findings are about words, which a project may accept as they are. */
const wordCategories = new Set(['typo', 'wording'])

/**
 * The actions for the findings under the cursor, in this order: each expected value as a
 * quick fix, fix every problem of the rule, ignore the line (Markdown and HTML: plain text
 * has no comment syntax, so none is offered there), accept the word into the project
 * dictionary, open the rule's documentation; and, when asked for, source.fixAll.shenjiao.
 */
export async function codeActions(input: CodeActionInput): Promise<CodeAction[]> {
  const {params, document, findings} = input
  const only = params.context.only
  const wanted = (kind: string): boolean => !only || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`))
  const uri = document.uri
  const actions: CodeAction[] = []
  const ruleActionsDone = new Set<string>()

  for (const {finding, diagnostic} of targets(params, findings)) {
    if (wanted(CodeActionKind.QuickFix)) {
      finding.expected.forEach((expected, index) => {
        actions.push({
          title: replacementTitle(finding, expected, document),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: finding.fixable === 'safe' && index === 0,
          edit: {changes: {[uri]: [{range: rangeOf(finding), newText: expected}]}},
        })
      })
    }
    if (ruleActionsDone.has(finding.ruleId) || !wanted(CodeActionKind.QuickFix)) continue
    ruleActionsDone.add(finding.ruleId)
    const ofRule = findings.filter((other) => other.ruleId === finding.ruleId)
    const applied = applyFixes(document.getText(), ofRule).applied
    if (applied.length > 1) {
      actions.push({
        title: `修复本文件中全部 ${applied.length} 处 ${finding.ruleId} 问题`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {changes: {[uri]: applied.map((fixed): TextEdit => ({range: rangeOf(fixed), newText: fixed.expected[0]!}))}},
      })
    }
    if (input.format !== 'text') {
      actions.push({
        title: `忽略此行的 ${finding.ruleId} 问题`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {changes: {[uri]: disableLineEdits(document, finding, input.format)}},
      })
    }
    const word = finding.actual
    if (input.onDisk && wordCategories.has(finding.category) && isWordLike(word)) {
      const title = `将“${word}”加入项目词典（.shenjiaorc）`
      actions.push({title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: {title, command: commands.addToDictionary, arguments: [uri, word]}})
    }
    const title = `查看规则说明：${finding.ruleId}`
    actions.push({title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: {title, command: commands.openRuleDocs, arguments: [finding.ruleId, finding.url]}})
  }

  if (only?.some((kind) => fixAllKind === kind || fixAllKind.startsWith(`${kind}.`))) {
    const edit = minimalEdit(document, await input.fixAll())
    if (edit) actions.push({title: '修复本文件所有可安全修复的问题（shenjiao）', kind: fixAllKind, edit: {changes: {[uri]: [edit]}}})
  }
  return actions
}

/** The findings the request is about, each with the diagnostic the client knows it by. */
function targets(params: CodeActionParams, findings: readonly Finding[]): Array<{finding: Finding; diagnostic: Diagnostic}> {
  const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === diagnosticSource)
  if (ours.length > 0) {
    return ours.flatMap((diagnostic) => {
      const finding = findings.find((candidate) => isDiagnosticOf(diagnostic, candidate))
      return finding ? [{finding, diagnostic}] : []
    })
  }
  if (params.context.diagnostics.length > 0) return []
  return findings.filter((finding) => rangesOverlap(rangeOf(finding), params.range)).map((finding) => ({finding, diagnostic: toDiagnostic(finding)}))
}

function replacementTitle(finding: Finding, expected: string, document: TextDocument): string {
  if (expected !== '') return `改为“${expected}”`
  if (finding.category === 'privacy') return '删除此内容'
  const actual = document.getText(rangeOf(finding))
  return /^\s+$/.test(actual) ? '删除多余的空格' : `删除“${[...actual].slice(0, 20).join('')}”`
}

/** A word a project could accept: short, one piece, with a letter or Han character in it. */
function isWordLike(text: string): boolean {
  return [...text].length <= 20 && !/\s/.test(text) && /[\p{L}]/u.test(text)
}

const tableDelimiterRow = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/

/** Previous lines that a comment appended to would change or break. */
const closedLine = [
  /^\s*(?:`{3,}|~{3,})/, // code fence
  /^\s*(?:[-=*_]\s*){3,}$/, // thematic break, setext underline, front matter
  tableDelimiterRow,
  /^\s{0,3}\[[^\]]+\]:/, // link reference definition
]

/**
 * Silences the finding's rule on the finding's line with HTML comments, which no reader
 * sees. As a rule `<!-- shenjiao-disable-next-line <rule> -->` goes on a line of its own
 * above, indented like the finding's line. In Markdown, where the line continues a
 * paragraph, list or table, the comment is appended to the line before instead (a line of
 * its own would split the block); under a table's delimiter row, which takes nothing
 * appended, the row's cells are wrapped in `shenjiao-disable` … `shenjiao-enable`.
 */
export function disableLineEdits(document: TextDocument, finding: Finding, format: Format): TextEdit[] {
  const line = finding.line - 1
  const lineText = lineAt(document, line)
  const previous = line > 0 ? lineAt(document, line - 1) : ''
  const at = (l: number, character: number): TextEdit['range'] => ({start: {line: l, character}, end: {line: l, character}})
  if (format === 'markdown' && line > 0 && tableDelimiterRow.test(previous)) {
    const open = /^\s*\|?\s*/.exec(lineText)![0].length
    const close = lineText.replace(/\s*\|?\s*$/, '').length
    return [
      {range: at(line, open), newText: `<!-- shenjiao-disable ${finding.ruleId} -->`},
      {range: at(line, close), newText: `<!-- shenjiao-enable ${finding.ruleId} -->`},
    ]
  }
  const comment = `<!-- shenjiao-disable-next-line ${finding.ruleId} -->`
  if (format === 'markdown' && line > 0 && previous.trim() !== '' && !closedLine.some((pattern) => pattern.test(previous))) {
    // Before trailing spaces or a backslash, so a hard line break stays one.
    return [{range: at(line - 1, /(?:\\|[ \t]*)$/.exec(previous)!.index), newText: comment}]
  }
  const indent = /^[ \t\u3000]*/.exec(lineText)![0]
  const eol = /\r\n?/.exec(document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}))?.[0] ?? '\n'
  return [{range: at(line, 0), newText: `${indent}${comment}${eol}`}]
}

function lineAt(document: TextDocument, line: number): string {
  return document.getText({start: {line, character: 0}, end: {line: line + 1, character: 0}}).replace(/\r?\n$|\r$/, '')
}

/** One edit replacing only what differs between the document and `output`. */
export function minimalEdit(document: TextDocument, output: string): TextEdit | undefined {
  const text = document.getText()
  if (text === output) return undefined
  let start = 0
  while (start < text.length && start < output.length && text[start] === output[start]) start++
  let end = 0
  while (end < text.length - start && end < output.length - start && text[text.length - 1 - end] === output[output.length - 1 - end]) end++
  return {
    range: {start: document.positionAt(start), end: document.positionAt(text.length - end)},
    newText: output.slice(start, output.length - end),
  }
}
