import {createHash} from 'node:crypto'
import {applyFixes, compareFindings, type Config, type Finding, type Format} from '@shenjiao/core'
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {toDiagnostic} from './convert.js'
import {looksBinary} from './files.js'
import {DocumentLinter, StaleCheck} from './lint.js'
import type {Settings} from './settings.js'

/** What a document is checked with. */
export interface DocumentContext {
  settings: Settings
  config: Config
}

export interface DiagnosticsOptions {
  connection: Connection
  documents: TextDocuments<TextDocument>
  /** `pull` when the client asks for diagnostics itself; then nothing is ever pushed. */
  mode: 'push' | 'pull'
  contextFor(document: TextDocument): Promise<DocumentContext>
  /** Findings that need the whole workspace (政策 ↔ 解读 linkage); never rejects. */
  siteFindings(document: TextDocument, config: Config): Promise<Finding[]>
  formatOf(document: TextDocument): Format
  log(message: string): void
}

interface DocumentState {
  linter: DocumentLinter
  timer?: NodeJS.Timeout
  /** The findings of one version under one configuration. */
  result?: {version: number; configKey: string; findings: Finding[]}
}

/** Most passes of `fixAll`: a fix may reveal another, but never forever (as core's fix). */
const maxFixPasses = 10

/**
 * Checks open documents and delivers the diagnostics, by push (debounced after each
 * change) or by pull (on the client's request), never both. A check is abandoned as
 * soon as its document changes again; results are kept per version, so code actions and
 * hovers on an unchanged document cost nothing.
 */
export class Diagnostics {
  readonly #options: DiagnosticsOptions
  readonly #states = new Map<string, DocumentState>()
  readonly #ruleErrors = new Set<string>()
  readonly #binary = new Set<string>()

  constructor(options: DiagnosticsOptions) {
    this.#options = options
  }

  get mode(): 'push' | 'pull' {
    return this.#options.mode
  }

  /** The findings of `document` as it is now. Throws `StaleCheck` if it changes meanwhile. */
  async findings(document: TextDocument, token?: CancellationToken): Promise<{findings: Finding[]; context: DocumentContext}> {
    const context = await this.#options.contextFor(document)
    const state = this.#state(document)
    const version = document.version
    const configKey = JSON.stringify(context.config)
    if (!context.settings.enable) return {findings: [], context}
    if (state.result?.version === version && state.result.configKey === configKey) return {findings: state.result.findings, context}
    const text = document.getText()
    if (looksBinary(text)) {
      if (!this.#binary.has(document.uri)) this.#options.log(`${document.uri} 是二进制内容，不是文本，已跳过`)
      this.#binary.add(document.uri)
      return {findings: [], context}
    }
    const isStale = (): boolean => token?.isCancellationRequested === true || this.#options.documents.get(document.uri)?.version !== version
    const own = await state.linter.lint(text, context.config, {isStale, onRuleError: (ruleId, error) => this.#ruleError(ruleId, error)})
    const site = await this.#options.siteFindings(document, context.config)
    if (isStale()) throw new StaleCheck()
    const findings = site.length === 0 ? own : [...own, ...site].sort(compareFindings)
    state.result = {version, configKey, findings}
    return {findings, context}
  }

  /** Push mode: checks `document` once `delay` milliseconds pass without another change. */
  schedule(document: TextDocument, delay?: number): void {
    if (this.mode !== 'push') return
    const state = this.#state(document)
    clearTimeout(state.timer)
    const run = (): void => void this.#publish(document.uri)
    if (delay !== undefined) state.timer = setTimeout(run, delay)
    else {
      void this.#options.contextFor(document).then(({settings}) => {
        clearTimeout(state.timer)
        state.timer = setTimeout(run, settings.debounce)
      }, run)
    }
  }

  /** Pull mode: the answer to `textDocument/diagnostic`. */
  async pull(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const document = this.#options.documents.get(params.textDocument.uri)
    if (!document) return {kind: DocumentDiagnosticReportKind.Full, items: []}
    const {settings} = await this.#options.contextFor(document)
    await new Promise((resolve) => setTimeout(resolve, settings.debounce))
    try {
      if (token.isCancellationRequested) throw new StaleCheck()
      const {findings, context} = await this.findings(document, token)
      const items = findings.map((finding) => toDiagnostic(finding, context.settings.severityOverrides))
      const resultId = createHash('sha1').update(JSON.stringify(items)).digest('base64url').slice(0, 16)
      if (params.previousResultId === resultId) return {kind: DocumentDiagnosticReportKind.Unchanged, resultId}
      return {kind: DocumentDiagnosticReportKind.Full, resultId, items}
    } catch (error) {
      if (!(error instanceof StaleCheck)) throw error
      throw new ResponseError(LSPErrorCodes.ServerCancelled, '文档已更改，检查作废', {retriggerRequest: true})
    }
  }

  /** The document's text with every safe fix applied, to a fixed point as `fix()` does. */
  async fixAll(document: TextDocument): Promise<string> {
    const {config, settings} = await this.#options.contextFor(document)
    let output = document.getText()
    if (!settings.enable) return output
    // The document's own linter: once the client applies the fixes, its caches fit the new text.
    const linter = this.#state(document).linter
    for (let pass = 0; pass < maxFixPasses; pass++) {
      const findings = await linter.lint(output, config, {onRuleError: (ruleId, error) => this.#ruleError(ruleId, error)})
      const result = applyFixes(output, findings)
      if (result.applied.length === 0) break
      output = result.output
    }
    return output
  }

  close(uri: string): void {
    const state = this.#states.get(uri)
    clearTimeout(state?.timer)
    this.#states.delete(uri)
    this.#binary.delete(uri)
    if (this.mode === 'push') void this.#options.connection.sendDiagnostics({uri, diagnostics: []})
  }

  /** After a configuration or workspace file changed: every open document is checked again. */
  refreshAll(): void {
    // Site findings depend on other files: forget results, keep the per-block caches.
    for (const state of this.#states.values()) delete state.result
    if (this.mode === 'pull') {
      void this.#options.connection.languages.diagnostics.refresh().catch(() => undefined)
      return
    }
    for (const document of this.#options.documents.all()) this.schedule(document, 0)
  }

  #state(document: TextDocument): DocumentState {
    let state = this.#states.get(document.uri)
    const format = this.#options.formatOf(document)
    if (!state || state.linter.format !== format) {
      state = {linter: new DocumentLinter(format)}
      this.#states.set(document.uri, state)
    }
    return state
  }

  async #publish(uri: string): Promise<void> {
    const document = this.#options.documents.get(uri)
    if (!document) return
    const version = document.version
    try {
      const {findings, context} = await this.findings(document)
      if (this.#options.documents.get(uri)?.version !== version) return
      const diagnostics = findings.map((finding) => toDiagnostic(finding, context.settings.severityOverrides))
      await this.#options.connection.sendDiagnostics({uri, version, diagnostics})
    } catch (error) {
      // A stale check is dropped: the change that made it stale has scheduled another.
      if (!(error instanceof StaleCheck)) this.#options.log(`检查 ${uri} 失败：${describe(error)}`)
    }
  }

  /** A rule that throws is logged once per rule and message, then skipped where it throws. */
  #ruleError(ruleId: string, error: unknown): void {
    const key = `${ruleId}\u0000${describe(error)}`
    if (this.#ruleErrors.has(key)) return
    // Messages may quote the text; forgetting now and then keeps the set small.
    if (this.#ruleErrors.size >= 1000) this.#ruleErrors.clear()
    this.#ruleErrors.add(key)
    this.#options.log(`规则 ${ruleId} 出错，已跳过：${describe(error)}`)
  }
}

/** The first line of an error's message (Node appends require stacks), with its cause's. */
export function describe(error: unknown): string {
  const firstLine = (value: unknown): string => (value instanceof Error ? value.message : String(value)).split('\n')[0]!
  return error instanceof Error && error.cause !== undefined ? `${firstLine(error)}（${firstLine(error.cause)}）` : firstLine(error)
}
