import {readFile, stat} from 'node:fs/promises'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'

/** Ignore files read in every directory, each applying below the directory it sits in. */
export const ignoreFileNames: readonly string[] = ['.gitignore', '.shenjiaoignore']

/** Directories never walked, whatever the ignore files say. */
export const alwaysSkipped: ReadonlySet<string> = new Set(['node_modules', '.git'])

/** The rules of one directory's ignore files. */
export interface IgnoreLevel {
  dir: string
  rules: Ignore
}

/** Reads the ignore files of `dir`; undefined when it has none. */
export async function readIgnoreLevel(dir: string): Promise<IgnoreLevel | undefined> {
  const contents = await Promise.all(ignoreFileNames.map((name) => readFile(join(dir, name), 'utf8').catch(() => '')))
  if (contents.every((content) => content === '')) return undefined
  return {dir, rules: ignore().add(contents.join('\n'))}
}

/**
 * Whether ignore files exclude `path` (absolute). As in git, the deepest ignore file with a
 * matching pattern decides, and a later `!pattern` can re-include.
 */
export function isIgnored(levels: readonly IgnoreLevel[], path: string, isDirectory: boolean): boolean {
  let ignored = false
  for (const level of levels) {
    if (path === level.dir || !isInside(level.dir, path)) continue
    const relativePath = relative(level.dir, path).split(sep).join('/')
    const result = level.rules.test(isDirectory ? `${relativePath}/` : relativePath)
    if (result.ignored) ignored = true
    else if (result.unignored) ignored = false
  }
  return ignored
}

/**
 * The ignore files that apply above a walk started at `dir` (absolute): those from the top
 * down to `dir`'s parent. The top is the outermost of the current directory and the git
 * repository root that contains `dir`, so a repository's root .gitignore applies however deep
 * the walk starts.
 */
export async function ancestorLevels(dir: string): Promise<IgnoreLevel[]> {
  const top = outermost([process.cwd(), await gitRoot(dir)], dir)
  const levels: IgnoreLevel[] = []
  for (let current = top; current !== dir; current = join(current, relative(current, dir).split(sep)[0]!)) {
    const level = await readIgnoreLevel(current)
    if (level) levels.push(level)
  }
  return levels
}

async function gitRoot(dir: string): Promise<string | undefined> {
  for (let current = dir; ; current = dirname(current)) {
    if (await exists(join(current, '.git'))) return current
    if (dirname(current) === current) return undefined
  }
}

function outermost(candidates: ReadonlyArray<string | undefined>, dir: string): string {
  const containing = candidates
    .filter((candidate): candidate is string => candidate !== undefined)
    .map((candidate) => resolve(candidate))
    .filter((candidate) => isInside(candidate, dir))
  return containing.sort((a, b) => a.length - b.length)[0] ?? dir
}

/** Whether `path` is `dir` or lies below it (both absolute). */
function isInside(dir: string, path: string): boolean {
  const between = relative(dir, path)
  return between === '' || (between !== '..' && !between.startsWith(`..${sep}`) && !isAbsolute(between))
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}
