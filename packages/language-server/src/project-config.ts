import {readFile, writeFile} from 'node:fs/promises'
import {basename, dirname, isAbsolute, join, resolve} from 'node:path'
import {clearConfigCache, ConfigError, findConfig, type Config} from '@shenjiao/core'
import {parseDocument, isSeq} from 'yaml'
import type {Settings} from './settings.js'

/** Names `findConfig` looks for (package.json only counts with a `shenjiao` key). */
export const configFileNames: readonly string[] = ['.shenjiaorc', '.shenjiaorc.json', '.shenjiaorc.yaml', '.shenjiaorc.yml', 'package.json']

/** Whether a changed file can change a document's configuration. */
export function isConfigFile(path: string): boolean {
  return configFileNames.includes(basename(path)) && !/[\\/]node_modules[\\/]/.test(path)
}

/** A user dictionary file read into the shape of `Config.dictionary`. */
interface UserDictionary {
  allow: string[]
  replace: Record<string, string>
}

export interface ResolvedConfig {
  config: Config
  /** The project configuration file, if one applies. */
  file: string | undefined
  /** Why part of the configuration was ignored, for the user to fix. */
  problems: string[]
}

/**
 * The configuration of each document: editor settings and user dictionaries, then the
 * nearest `.shenjiaorc*` over them. Files are read once and re-read after `invalidate()`.
 */
export class ProjectConfigs {
  #dictionaries = new Map<string, Promise<UserDictionary | Error>>()

  invalidate(): void {
    clearConfigCache()
    this.#dictionaries.clear()
  }

  /** Dictionary files of `settings`, as absolute paths. */
  dictionaryPaths(settings: Settings, folder: string | undefined): string[] {
    return settings.dictionaries.map((path) => (isAbsolute(path) || !folder ? resolve(path) : join(folder, path)))
  }

  async resolve(path: string | undefined, settings: Settings, folder: string | undefined): Promise<ResolvedConfig> {
    const problems: string[] = []
    const config: Config = {}
    if (settings.preset) config.preset = settings.preset
    if (Object.keys(settings.rules).length > 0) config.rules = {...settings.rules}
    const allow: string[] = []
    const replace: Record<string, string> = {}
    for (const file of this.dictionaryPaths(settings, folder)) {
      const dictionary = await this.#readDictionary(file)
      if (dictionary instanceof Error) problems.push(dictionary.message)
      else {
        allow.push(...dictionary.allow)
        Object.assign(replace, dictionary.replace)
      }
    }
    let file: string | undefined
    const where = path ?? folder
    if (where) {
      try {
        const found = await findConfig(where)
        file = found.file
        const project = found.config
        if (project.preset) config.preset = project.preset
        if (project.rules) config.rules = {...config.rules, ...project.rules}
        if (project.segmenter) config.segmenter = project.segmenter
        allow.push(...(project.dictionary?.allow ?? []))
        Object.assign(replace, project.dictionary?.replace)
      } catch (error) {
        problems.push(error instanceof ConfigError ? error.message : String(error))
      }
    }
    if (allow.length > 0 || Object.keys(replace).length > 0) {
      config.dictionary = {}
      if (allow.length > 0) config.dictionary.allow = [...new Set(allow)]
      if (Object.keys(replace).length > 0) config.dictionary.replace = replace
    }
    return {config, file, problems}
  }

  #readDictionary(file: string): Promise<UserDictionary | Error> {
    let entry = this.#dictionaries.get(file)
    if (!entry) {
      entry = readFile(file, 'utf8').then(parseUserDictionary, () => new Error(`无法读取用户词典 ${file}（设置 shenjiao.dictionaries）`))
      this.#dictionaries.set(file, entry)
    }
    return entry
  }
}

/** One allowed word per line, or `wrong<TAB>right`; blank lines and `#` lines are skipped. */
export function parseUserDictionary(text: string): UserDictionary {
  const dictionary: UserDictionary = {allow: [], replace: {}}
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const [wrong, right] = line.split('\t').map((cell) => cell.trim())
    if (right && wrong && right !== wrong) dictionary.replace[wrong] = right
    else if (wrong) dictionary.allow.push(wrong)
  }
  return dictionary
}

/**
 * Adds `word` to `dictionary.allow` of the configuration that applies to `path`: the nearest
 * `.shenjiaorc.json`, `.shenjiaorc.yaml` (comments kept) or package.json `shenjiao` key, or
 * a new `.shenjiaorc.json` in `folder` (the workspace folder) when there is none.
 * Returns the file written, or undefined when the word was there already.
 */
export async function addAllowedWord(path: string, word: string, folder: string | undefined): Promise<string | undefined> {
  clearConfigCache()
  const {file} = await findConfig(path)
  if (!file) {
    const created = join(folder ?? dirname(path), '.shenjiaorc.json')
    await writeFile(created, `${JSON.stringify({dictionary: {allow: [word]}}, null, 2)}\n`, {flag: 'wx'})
    return created
  }
  const text = await readFile(file, 'utf8')
  let output: string
  if (file.endsWith('.json')) {
    const data = JSON.parse(text) as Record<string, unknown>
    const owner = basename(file) === 'package.json' ? ((data.shenjiao ??= {}) as Record<string, unknown>) : data
    const dictionary = (owner.dictionary ??= {}) as Record<string, unknown>
    const allow = (dictionary.allow ??= []) as string[]
    if (allow.includes(word)) return undefined
    allow.push(word)
    const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? 2
    output = `${JSON.stringify(data, null, indent)}\n`
  } else {
    const document = parseDocument(text)
    const allow = document.getIn(['dictionary', 'allow'])
    if (isSeq(allow)) {
      if (allow.items.some((item) => String((item as {value?: unknown}).value ?? item) === word)) return undefined
      allow.add(word)
    } else document.setIn(['dictionary', 'allow'], [word])
    output = document.toString()
  }
  await writeFile(file, output)
  clearConfigCache()
  return file
}
