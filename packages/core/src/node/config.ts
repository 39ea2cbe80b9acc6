import {readFile, stat} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import {lilconfig, type LilconfigResult, type Loader} from 'lilconfig'
import {parse as parseYaml} from 'yaml'
import {ConfigError, validateConfig, type Config} from '../engine/config.js'
import {ruleIds} from '../rules/index.js'

export interface LoadedConfig {
  config: Config
  /** The file the configuration came from; undefined when none was found. */
  file: string | undefined
}

const searchPlaces = ['package.json', '.shenjiaorc.json', '.shenjiaorc.yaml', '.shenjiaorc.yml', '.shenjiaorc']

/** Parses a configuration file; a syntax error names the file (lilconfig's errors do not). */
function parsing(kind: 'JSON' | 'YAML', parse: (content: string) => unknown): Loader {
  return (file, content) => {
    try {
      return parse(content)
    } catch (error) {
      throw new ConfigError(`不是有效的 ${kind}：${(error as Error).message}`, '', file)
    }
  }
}

const loadYaml = parsing('YAML', (content) => parseYaml(content))
const loadJson = parsing('JSON', (content) => JSON.parse(content))

const explorer = lilconfig('shenjiao', {
  searchPlaces,
  loaders: {'.json': loadJson, '.yaml': loadYaml, '.yml': loadYaml, noExt: loadYaml},
})

/** The nearest configuration above `path` (a file or directory); none found means defaults. */
export async function findConfig(path: string): Promise<LoadedConfig> {
  let result: LilconfigResult
  try {
    result = await explorer.search(await directoryOf(path))
  } catch (error) {
    throw error instanceof ConfigError ? error : unreadable(error)
  }
  if (!result) return {config: {}, file: undefined}
  return {config: validateConfig(result.config, ruleIds, result.filepath), file: result.filepath}
}

/**
 * Forgets every configuration read so far, so the next `findConfig` reads the files again
 * (a long-running process such as the language server calls it when one changes).
 */
export function clearConfigCache(): void {
  explorer.clearCaches()
}

/** Reads the configuration file given with `--config`. */
export async function readConfigFile(path: string): Promise<LoadedConfig> {
  const file = resolve(path)
  let content: string
  try {
    content = await readFile(file, 'utf8')
  } catch {
    throw new ConfigError('无法读取配置文件，请检查路径', '', file)
  }
  let data: unknown
  try {
    data = file.endsWith('.json') ? JSON.parse(content) : parseYaml(content)
  } catch (error) {
    throw new ConfigError(`不是有效的 ${file.endsWith('.json') ? 'JSON' : 'YAML'}：${(error as Error).message}`, '', file)
  }
  if (file.endsWith('package.json')) data = (data as Record<string, unknown> | null)?.shenjiao
  return {config: validateConfig(data, ruleIds, file), file}
}

/** The directory to search from: `path` itself if it is one, else the directory holding it. */
async function directoryOf(path: string): Promise<string> {
  const absolute = resolve(path)
  try {
    if ((await stat(absolute)).isDirectory()) return absolute
  } catch {
    // Not there (stdin's stand-in path, a file not yet written): judge by the name.
    if (!/\.[^/\\]+$/.test(absolute)) return absolute
  }
  return dirname(absolute)
}

function unreadable(error: unknown): ConfigError {
  const file = (error as {filepath?: string}).filepath
  return new ConfigError(`无法解析：${(error as Error).message}`, '', file)
}
