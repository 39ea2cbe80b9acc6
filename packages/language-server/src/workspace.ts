import {watch, type FSWatcher} from 'node:fs'
import {basename, dirname} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {MessageType, ShowMessageNotification, type Connection} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {DocumentContext} from './diagnostics.js'
import {isInside} from './files.js'
import {isConfigFile, ProjectConfigs} from './project-config.js'
import {readSettings, type Settings} from './settings.js'

export interface WorkspaceOptions {
  connection: Connection
  /** Whether the client answers `workspace/configuration`. */
  configurationRequests: boolean
  /** Whether the client watches files for us (`workspace/didChangeWatchedFiles` registration). */
  clientWatchesFiles: boolean
  folders: string[]
  /** Settings given at initialization (`initializationOptions.settings` or `.shenjiao`). */
  initialSettings: unknown
  /** Called, debounced, after a configuration or dictionary file changed. */
  onFilesChanged(): void
  log(message: string): void
}

/** Most directories watched when the client cannot watch files itself. */
const maxWatchedDirectories = 256

/**
 * What the server knows of the workspace: folders, editor settings and the project
 * configuration of each document, and the files that change them.
 */
export class Workspace {
  readonly configs = new ProjectConfigs()
  readonly #options: WorkspaceOptions
  #folders: string[]
  #settings = new Map<string, Promise<Settings>>()
  #pushedSettings: unknown
  readonly #reported = new Set<string>()
  readonly #watchers = new Map<string, FSWatcher>()
  #changeTimer: NodeJS.Timeout | undefined

  constructor(options: WorkspaceOptions) {
    this.#options = options
    this.#folders = options.folders
    this.#pushedSettings = options.initialSettings
  }

  get clientWatchesFiles(): boolean {
    return this.#options.clientWatchesFiles
  }

  setFolders(folders: string[]): void {
    this.#folders = folders
  }

  /** The workspace folder holding `path` (the innermost), else the first one. */
  folderOf(path: string | undefined): string | undefined {
    return this.folderContaining(path) ?? this.#folders[0]
  }

  /** The innermost workspace folder holding `path`, if any does. */
  folderContaining(path: string | undefined): string | undefined {
    if (!path) return undefined
    const inside = this.#folders.filter((folder) => path === folder || isInside(folder, path))
    return inside.sort((a, b) => b.length - a.length)[0]
  }

  /** Settings changed: from the client's `didChangeConfiguration` (its payload, if any). */
  settingsChanged(pushed: unknown): void {
    if (pushed !== undefined && pushed !== null) this.#pushedSettings = pushed
    this.#settings.clear()
  }

  /** Configuration or dictionary files changed on disk. */
  filesChanged(): void {
    this.configs.invalidate()
  }

  async settingsFor(uri: string): Promise<Settings> {
    let settings = this.#settings.get(uri)
    if (!settings) {
      settings = this.#fetchSettings(uri)
      this.#settings.set(uri, settings)
    }
    return settings
  }

  async contextFor(document: TextDocument): Promise<DocumentContext> {
    const settings = await this.settingsFor(document.uri)
    const path = pathOf(document.uri)
    const folder = this.folderOf(path)
    const {config, problems} = await this.configs.resolve(path, settings, folder)
    for (const problem of problems) this.#report(problem)
    if (!this.#options.clientWatchesFiles) this.#watchAround(path, this.configs.dictionaryPaths(settings, folder), folder)
    return {settings, config}
  }

  dispose(): void {
    for (const watcher of this.#watchers.values()) watcher.close()
    this.#watchers.clear()
    clearTimeout(this.#changeTimer)
  }

  async #fetchSettings(uri: string): Promise<Settings> {
    let raw: unknown = this.#pushedSettings
    if (this.#options.configurationRequests) {
      try {
        const fetched: unknown = await this.#options.connection.workspace.getConfiguration({scopeUri: uri, section: 'shenjiao'})
        if (fetched !== null && fetched !== undefined) raw = fetched
      } catch {
        // A client that cannot answer: keep what it pushed.
      }
    }
    const {settings, problems} = readSettings(raw)
    for (const problem of problems) this.#report(problem)
    return settings
  }

  /**
   * Shows a configuration problem once, as a warning the user can act on. A notification,
   * not `window/showMessageRequest`, which some clients answer with a blocking prompt.
   */
  #report(problem: string): void {
    if (this.#reported.has(problem)) return
    this.#reported.add(problem)
    this.#options.log(problem)
    void this.#options.connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Warning, message: `shenjiao：${problem}`})
  }

  /**
   * For clients that do not watch files (Neovim 0.7, for one): watch the directories
   * from the document up to its workspace folder (where a `.shenjiaorc*` could appear)
   * and those of the user dictionaries.
   */
  #watchAround(path: string | undefined, dictionaries: string[], folder: string | undefined): void {
    const directories = dictionaries.map((file) => dirname(file))
    for (let dir = path ? dirname(path) : folder; dir; dir = dirname(dir)) {
      directories.push(dir)
      if (dir === folder || dirname(dir) === dir) break
    }
    const names = new Set(dictionaries.map((file) => basename(file)))
    for (const dir of directories) {
      if (this.#watchers.has(dir) || this.#watchers.size >= maxWatchedDirectories) continue
      try {
        const watcher = watch(dir, {persistent: false}, (event, name) => {
          if (name && (isConfigFile(name) || names.has(name))) this.#changed()
        })
        watcher.on('error', () => watcher.close())
        this.#watchers.set(dir, watcher)
      } catch {
        // A directory that is gone or cannot be watched: nothing to follow there.
      }
    }
  }

  #changed(): void {
    clearTimeout(this.#changeTimer)
    this.#changeTimer = setTimeout(() => this.#options.onFilesChanged(), 50)
  }

  /**
   * `workspace/didChangeWatchedFiles`: the client only reports files matching the globs
   * the server registered (configuration files and user dictionaries), so any of them
   * counts, except package.json files inside node_modules (an install touches thousands).
   */
  watchedFilesChanged(paths: readonly string[]): void {
    if (paths.some((path) => !/[\\/]node_modules[\\/]/.test(path))) this.#changed()
  }
}

/** The file system path of a `file:` URI; other schemes have none. */
export function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? fileURLToPath(uri) : undefined
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href
}
