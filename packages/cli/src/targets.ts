import {readdir, stat} from 'node:fs/promises'
import {join, resolve, sep} from 'node:path'
import {formatOfPath, InputError, supportedExtensions} from '@shenjiao/core'
import {globToRegExp, isGlob, splitGlob} from './glob.js'
import {alwaysSkipped, ancestorLevels, ignoreFileNames, isIgnored, readIgnoreLevel, type IgnoreLevel} from './ignore-files.js'

/**
 * What one command-line argument stands for, in walk order. `path` is as the user gave it or,
 * for files found by walking, the argument joined with the path below it.
 */
export type Target =
  | {kind: 'file'; path: string}
  /** A file named on the command line that an ignore file excludes. */
  | {kind: 'ignored'; path: string}
  | {kind: 'error'; error: InputError}

/** The files the arguments name, each once, walking directories and globs lazily. */
export async function* findTargets(args: readonly string[]): AsyncGenerator<Target> {
  const seen = new Set<string>()
  for (const arg of args) {
    let found = 0
    let failed = false
    for await (const target of expandArgument(arg)) {
      if (target.kind === 'error') {
        failed = true
        yield target
        continue
      }
      found++
      const absolute = resolve(target.path)
      if (seen.has(absolute)) continue
      seen.add(absolute)
      yield target
    }
    if (found === 0 && !failed) {
      yield failure(arg, `没有找到可检查的文件（支持 ${supportedExtensions.join(' ')}）`)
    }
  }
}

async function* expandArgument(arg: string): AsyncGenerator<Target> {
  const stats = await stat(arg).catch((error: NodeJS.ErrnoException) => error)
  if (stats instanceof Error) {
    if (stats.code === 'ENOENT' && isGlob(arg)) yield* expandGlob(toSlashes(arg))
    else yield failure(arg, stats.code === 'ENOENT' ? '文件或目录不存在' : `无法读取（${stats.code}）`)
  } else if (stats.isDirectory()) {
    const absolute = resolve(arg)
    yield* walk({shown: toSlashes(arg), absolute, below: ''}, await ancestorLevels(absolute), () => true)
  } else {
    const absolute = resolve(arg)
    const ignored = isIgnored(await ancestorLevels(absolute), absolute, false)
    yield {kind: ignored ? 'ignored' : 'file', path: toSlashes(arg)}
  }
}

async function* expandGlob(pattern: string): AsyncGenerator<Target> {
  const {base, rest} = splitGlob(pattern)
  let matcher: RegExp
  try {
    matcher = globToRegExp(rest)
  } catch (error) {
    yield failure(pattern, `不是有效的 glob：${(error as Error).message}`)
    return
  }
  const baseStats = await stat(base).catch(() => undefined)
  if (!baseStats?.isDirectory()) return
  const absolute = resolve(base)
  yield* walk({shown: base, absolute, below: ''}, await ancestorLevels(absolute), (below) => matcher.test(below))
}

/** A directory during a walk: as the user wrote the walk's root, absolute, and below the root. */
interface WalkDirectory {
  shown: string
  absolute: string
  below: string
}

/**
 * Files with a supported extension below a directory, sorted by name at each level, skipping
 * node_modules, .git and whatever the ignore files exclude. Found paths are the root as the
 * user wrote it joined with the path below it; `matches` sees the path below the root.
 */
async function* walk(
  directory: WalkDirectory,
  levels: readonly IgnoreLevel[],
  matches: (below: string) => boolean,
): AsyncGenerator<Target> {
  const {shown, absolute, below} = directory
  let entries
  try {
    entries = await readdir(absolute, {withFileTypes: true})
  } catch (error) {
    yield failure(toSlashes(join(shown, below)), `无法读取目录（${(error as NodeJS.ErrnoException).code}）`)
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const own = entries.some((entry) => ignoreFileNames.includes(entry.name)) ? await readIgnoreLevel(absolute) : undefined
  const here = own ? [...levels, own] : levels
  for (const entry of entries) {
    if (alwaysSkipped.has(entry.name)) continue
    const entryBelow = below === '' ? entry.name : `${below}/${entry.name}`
    const entryAbsolute = join(absolute, entry.name)
    if (entry.isDirectory()) {
      if (!isIgnored(here, entryAbsolute, true)) yield* walk({shown, absolute: entryAbsolute, below: entryBelow}, here, matches)
      continue
    }
    if (!formatOfPath(entry.name) || !matches(entryBelow) || isIgnored(here, entryAbsolute, false)) continue
    // Symbolic links are followed to files only, so a link cannot make the walk loop.
    if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(entryAbsolute)))) {
      yield {kind: 'file', path: toSlashes(join(shown, entryBelow))}
    }
  }
}

function failure(path: string, message: string): Target {
  return {kind: 'error', error: new InputError(path, message)}
}

async function isFile(path: string): Promise<boolean> {
  const stats = await stat(path).catch(() => undefined)
  return stats?.isFile() ?? false
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
