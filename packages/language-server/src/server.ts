import {formatOfPath, supportedExtensions, type Config, type Finding, type Format} from '@shenjiao/core'
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Disposable,
  type InitializeResult,
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {codeActions, commands, fixAllKind, minimalEdit} from './code-actions.js'
import {Diagnostics} from './diagnostics.js'
import {hoverAt} from './hover.js'
import {StaleCheck} from './lint.js'
import {addAllowedWord, configFileNames} from './project-config.js'
import {defaultRuleDocDirs, RuleDocs} from './rule-docs.js'
import {warmUp} from './warm-up.js'
import {SiteIndex} from './site.js'
import {pathOf, uriOf, Workspace} from './workspace.js'

export interface ServerOptions {
  /** Defaults to a connection over the transport named on the command line (`--stdio`, `--node-ipc`, …). */
  connection?: Connection
  /** Folders holding `<category>/<rule>.md`; defaults to the installed @shenjiao/core's. */
  ruleDocDirs?: string[]
}

const formatsByLanguage: Record<string, Format> = {markdown: 'markdown', html: 'html', plaintext: 'text', text: 'text'}

/** The language id decides the format; failing that, the file extension; failing that, text. */
function formatOf(document: TextDocument): Format {
  return formatsByLanguage[document.languageId] ?? formatOfPath(document.uri.replace(/[?#].*$/, '')) ?? 'text'
}

/** Starts the shenjiao language server. Wiring only: the work is done in the modules it imports. */
export function startServer(options: ServerOptions = {}): Connection {
  const connection = options.connection ?? createConnection(ProposedFeatures.all)
  const documents = new TextDocuments(TextDocument)
  const ruleDocs = new RuleDocs(options.ruleDocDirs ?? defaultRuleDocDirs())
  const log = (message: string): void => connection.console.log(`[shenjiao] ${message}`)
  const inform = (message: string): void => void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Info, message})
  const site = new SiteIndex(log, () => diagnostics.refreshAll())
  let workspace: Workspace
  let diagnostics: Diagnostics
  let markdownHover = true
  let showDocument = false
  let folderEvents = false
  let configurationEvents = false
  let watchers: Promise<Disposable> | undefined

  /** Runs a handler; a failure is logged and answered with `fallback`, never fatal. */
  const guard = async <T>(name: string, fallback: T, run: () => Promise<T> | T): Promise<T> => {
    try {
      return await run()
    } catch (error) {
      if (!(error instanceof StaleCheck)) log(`${name} 失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      return fallback
    }
  }

  /** Linkage findings of a document saved inside a workspace folder, the folder read as one site. */
  const siteFindings = (document: TextDocument, config: Config): Promise<Finding[]> =>
    guard('检查政策与解读的关联', [], () => {
      const path = pathOf(document.uri)
      const folder = workspace.folderContaining(path)
      if (!path || !folder) return []
      const open = documents
        .all()
        .flatMap((other) => {
          const otherPath = pathOf(other.uri)
          return otherPath ? [{path: otherPath, text: other.getText(), format: formatOf(other)}] : []
        })
      return site.findingsFor(folder, path, open, config)
    })

  const filesChanged = (): void => {
    site.invalidate()
    workspace.filesChanged()
    diagnostics.refreshAll()
  }

  /** Watches configuration files and the user dictionaries named in the settings. */
  const registerWatchers = async (): Promise<void> => {
    const folder = workspace.folderOf(undefined)
    const settings = await workspace.settingsFor(folder ? uriOf(folder) : '')
    const dictionaries = workspace.configs.dictionaryPaths(settings, folder).map((file) => ({globPattern: `**/${file.split(/[\\/]/).pop()}`}))
    const previous = watchers
    watchers = connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        ...configFileNames.map((name) => ({globPattern: `**/${name}`})),
        {globPattern: `**/*.{${supportedExtensions.map((extension) => extension.slice(1)).join(',')}}`},
        ...dictionaries,
      ],
    })
    await watchers
    void previous?.then((registration) => registration.dispose())
  }

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities
    const pull = capabilities.textDocument?.diagnostic !== undefined
    const folders = (params.workspaceFolders ?? (params.rootUri ? [{uri: params.rootUri}] : []))
      .map((folder) => pathOf(folder.uri))
      .filter((path): path is string => path !== undefined)
    const clientWatchesFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    const init = params.initializationOptions as {settings?: unknown; shenjiao?: unknown} | null | undefined
    markdownHover = capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? true
    showDocument = capabilities.window?.showDocument?.support === true
    folderEvents = capabilities.workspace?.workspaceFolders === true
    configurationEvents = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true
    workspace = new Workspace({
      connection,
      configurationRequests: capabilities.workspace?.configuration === true,
      clientWatchesFiles,
      folders,
      initialSettings: init?.settings ?? init?.shenjiao,
      onFilesChanged: filesChanged,
      log,
    })
    diagnostics = new Diagnostics({connection, documents, mode: pull ? 'pull' : 'push', contextFor: (d) => workspace.contextFor(d), siteFindings, formatOf, log})
    if (pull) connection.languages.diagnostics.on((p, token) => diagnostics.pull(p, token))
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        hoverProvider: true,
        executeCommandProvider: {commands: Object.values(commands)},
        ...(pull && {diagnosticProvider: {identifier: 'shenjiao', interFileDependencies: false, workspaceDiagnostics: false}}),
        workspace: {workspaceFolders: {supported: true, changeNotifications: folderEvents}},
      },
      serverInfo: {name: 'shenjiao-language-server'},
    }
  })

  connection.onInitialized(() => {
    log(`已启动，诊断方式：${diagnostics.mode === 'pull' ? '客户端拉取 (pull)' : '服务器推送 (push)'}`)
    setTimeout(() => void guard('预热', undefined, () => warmUp(log)), 0)
    if (workspace.clientWatchesFiles) void guard('注册文件监视', undefined, registerWatchers)
    if (configurationEvents) void connection.client.register(DidChangeConfigurationNotification.type, {section: 'shenjiao'}).catch(() => undefined)
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const folders = (await connection.workspace.getWorkspaceFolders()) ?? []
        workspace.setFolders(folders.map((folder) => pathOf(folder.uri)).filter((path): path is string => path !== undefined))
        filesChanged()
      })
    }
  })

  documents.onDidChangeContent(({document}) => diagnostics.schedule(document))
  documents.onDidClose(({document}) => diagnostics.close(document.uri))

  connection.onDidChangeConfiguration(({settings}) => {
    workspace.settingsChanged((settings as {shenjiao?: unknown} | null | undefined)?.shenjiao)
    filesChanged()
    if (workspace.clientWatchesFiles) void guard('注册文件监视', undefined, registerWatchers)
  })
  connection.onDidChangeWatchedFiles(({changes}) => workspace.watchedFilesChanged(changes.map(({uri}) => pathOf(uri) ?? uri)))

  connection.onCodeAction((params) =>
    guard('代码操作', [], async () => {
      const document = documents.get(params.textDocument.uri)
      if (!document) return []
      const {findings} = await diagnostics.findings(document)
      const onDisk = pathOf(document.uri) !== undefined
      return codeActions({params, document, format: formatOf(document), findings, onDisk, fixAll: () => diagnostics.fixAll(document)})
    }),
  )

  connection.onHover((params) =>
    guard('悬停说明', null, async () => {
      const document = documents.get(params.textDocument.uri)
      if (!document) return null
      const {findings} = await diagnostics.findings(document)
      return hoverAt(findings, params.position, ruleDocs, markdownHover) ?? null
    }),
  )

  connection.onExecuteCommand(({command, arguments: args = []}) =>
    guard(`命令 ${command}`, null, async () => {
      if (command === commands.fixAll) {
        const document = documents.get(String(args[0]))
        const edit = document && minimalEdit(document, await diagnostics.fixAll(document))
        if (document && edit) await connection.workspace.applyEdit({label: 'shenjiao：修复全部', edit: {changes: {[document.uri]: [edit]}}})
      } else if (command === commands.addToDictionary) {
        const path = pathOf(String(args[0]))
        const word = String(args[1])
        if (!path) return null
        const file = await addAllowedWord(path, word, workspace.folderContaining(path))
        filesChanged()
        inform(file ? `已将“${word}”加入 ${file} 的 dictionary.allow` : `“${word}”已在项目词典中`)
      } else if (command === commands.openRuleDocs) {
        const file = ruleDocs.file(String(args[0]))
        const target = file ? uriOf(file) : String(args[1])
        if (showDocument) await connection.window.showDocument({uri: target, external: !file, takeFocus: true})
        else inform(`${String(args[0])}：${String(args[1])}`)
      }
      return null
    }),
  )

  connection.onShutdown(() => workspace?.dispose())
  process.on('uncaughtException', (error) => log(`未捕获的错误：${error.stack ?? error.message}`))
  process.on('unhandledRejection', (error) => log(`未处理的 Promise 拒绝：${String(error)}`))
  documents.listen(connection)
  connection.listen()
  return connection
}
