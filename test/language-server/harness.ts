// A minimal LSP client over stdio for the protocol tests: spawns the built server,
// records what it sends, answers its requests and keeps the text of open documents.
import {spawn, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import type {Diagnostic, PublishDiagnosticsParams, TextEdit, WorkspaceEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export const serverBin = fileURLToPath(new URL('../../packages/language-server/bin/shenjiao-language-server.js', import.meta.url))

export interface ClientOptions {
  /** Announce pull diagnostics (`textDocument.diagnostic`), as VS Code does. */
  pull?: boolean
  rootUri?: string | null
  /** What `workspace/configuration` answers for `shenjiao`. */
  settings?: unknown
  env?: NodeJS.ProcessEnv
  /** The script to run; defaults to the package's bin. */
  server?: string
  /** `ipc` is how VS Code starts the bundled server (`--node-ipc`). */
  transport?: 'stdio' | 'ipc'
  /** Whether the client watches files for the server (VS Code does, Neovim 0.7 does not). */
  watchFiles?: boolean
}

export interface TestClient {
  connection: MessageConnection
  child: ChildProcess
  initializeResult: {capabilities: Record<string, unknown>}
  published: PublishDiagnosticsParams[]
  logs: string[]
  shown: string[]
  documents: Map<string, TextDocument>
  /**
   * Resolves with the first publication for `uri` at `version` or later that satisfies
   * `test`, among those from index `since` of `published` on.
   */
  diagnosticsFor(uri: string, version: number, test?: (diagnostics: Diagnostic[]) => boolean, since?: number): Promise<Diagnostic[]>
  open(uri: string, languageId: string, text: string): TextDocument
  /** Sends one incremental change and returns the new document. */
  change(uri: string, edits: TextEdit[]): TextDocument
  applyEdit(edit: WorkspaceEdit): void
  stop(): Promise<number | null>
}

export async function startClient(options: ClientOptions = {}): Promise<TestClient> {
  const ipc = options.transport === 'ipc'
  const child = spawn(process.execPath, [options.server ?? serverBin, ipc ? '--node-ipc' : '--stdio'], {
    env: {...process.env, ...options.env},
    stdio: ['pipe', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])],
  })
  const stderr: string[] = []
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()))
  const connection = ipc
    ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    : createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  const published: PublishDiagnosticsParams[] = []
  const logs: string[] = []
  const shown: string[] = []
  const documents = new Map<string, TextDocument>()
  const waiters = new Set<() => void>()
  const notify = (): void => {
    for (const waiter of [...waiters]) waiter()
  }

  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params)
    notify()
  })
  connection.onNotification('window/logMessage', ({message}: {message: string}) => {
    logs.push(message)
    notify()
  })
  connection.onNotification('window/showMessage', ({message}: {message: string}) => shown.push(message))
  connection.onRequest('window/showMessageRequest', ({message}: {message: string}) => {
    shown.push(message)
    return null
  })
  connection.onRequest('workspace/configuration', ({items}: {items: unknown[]}) => items.map(() => options.settings ?? null))
  connection.onRequest('client/registerCapability', () => null)
  connection.onRequest('client/unregisterCapability', () => null)
  connection.onRequest('window/workDoneProgress/create', () => null)
  connection.onRequest('workspace/diagnostic/refresh', () => {
    logs.push('<refresh>')
    notify()
    return null
  })
  connection.onRequest('window/showDocument', ({uri}: {uri: string}) => {
    shown.push(`showDocument ${uri}`)
    return {success: true}
  })
  connection.onRequest('workspace/applyEdit', ({edit}: {edit: WorkspaceEdit}) => {
    client.applyEdit(edit)
    return {applied: true}
  })
  connection.listen()

  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    workspaceFolders: options.rootUri ? [{uri: options.rootUri, name: 'test'}] : null,
    capabilities: {
      workspace: {configuration: true, applyEdit: true, didChangeWatchedFiles: {dynamicRegistration: options.watchFiles ?? true}, diagnostics: {refreshSupport: true}},
      textDocument: {
        synchronization: {didSave: true, dynamicRegistration: false},
        publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
        codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source', 'source.fixAll']}}, dataSupport: true},
        hover: {contentFormat: ['markdown', 'plaintext']},
        ...(options.pull && {diagnostic: {dynamicRegistration: false, relatedDocumentSupport: false}}),
      },
      window: {showDocument: {support: true}},
    },
  })) as TestClient['initializeResult']
  await connection.sendNotification('initialized', {})

  const client: TestClient = {
    connection,
    child,
    initializeResult,
    published,
    logs,
    shown,
    documents,
    diagnosticsFor(uri, version, test = () => true, since = 0) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no diagnostics for ${uri} v${version}; got ${JSON.stringify(published.map((p) => [p.uri, p.version, p.diagnostics.length]))}\n${stderr.join('')}\n${logs.join('\n')}`))
        }, 15_000)
        const check = (): void => {
          const hit = published.slice(since).find((p) => p.uri === uri && (p.version ?? 0) >= version && test(p.diagnostics))
          if (!hit) return
          clearTimeout(timer)
          waiters.delete(check)
          resolve(hit.diagnostics)
        }
        waiters.add(check)
        check()
      })
    },
    open(uri, languageId, text) {
      const document = TextDocument.create(uri, languageId, 1, text)
      documents.set(uri, document)
      void connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
      return document
    },
    change(uri, edits) {
      const document = documents.get(uri)!
      const version = document.version + 1
      // Ranges refer to the text before the change; send them in reverse document order.
      const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
      const contentChanges = ordered.map((edit) => ({range: edit.range, text: edit.newText}))
      const updated = TextDocument.update(document, contentChanges, version)
      documents.set(uri, updated)
      void connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges})
      return updated
    },
    applyEdit(edit) {
      for (const [uri, edits] of Object.entries(edit.changes ?? {})) client.change(uri, edits)
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      await connection.sendRequest('shutdown')
      await connection.sendNotification('exit')
      const code = await exited
      connection.dispose()
      return code
    },
  }
  return client
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
