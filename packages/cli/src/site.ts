import {stat} from 'node:fs/promises'
import {dirname, relative, resolve, sep} from 'node:path'
import {ConfigError, findConfig, formatOfPath, lintSite, readPage, type Config, type SitePage as Page} from '@shenjiao/core'
import type {CheckedFile, SitePage} from './reporters/reporter.js'
import {isGlob, splitGlob} from './glob.js'

/**
 * The checked files read as one site, for the site rules (政策 ↔ 解读 linkage). The site's
 * root is the deepest folder holding every argument, so a link written `/zcjd/jd.html` on
 * a page under `site/` means `site/zcjd/jd.html` when `site/` is checked.
 */
export class Site {
  readonly #root: string
  readonly #pages: Page[] = []
  /** The path each page was shown as, by its name in the site. */
  readonly #shown = new Map<string, string>()

  private constructor(root: string) {
    this.#root = root
  }

  static async around(args: readonly string[]): Promise<Site> {
    const folders = await Promise.all(args.map(folderOf))
    return new Site(commonAncestor(folders))
  }

  /** Reads a checked file's page (after any fixes, so titles are where the output says). */
  add(file: CheckedFile): void {
    const name = relative(this.#root, resolve(file.path)).split(sep).join('/')
    this.#shown.set(name, file.path)
    this.#pages.push(readPage(name, file.text, formatOfPath(file.path) ?? 'text'))
  }

  /** Findings by page, in walk order; `config` is the one given, else the root's nearest. */
  async findings(config: Config | undefined, adjust: (config: Config) => Config): Promise<SitePage[]> {
    if (this.#pages.length === 0) return []
    let siteConfig = config
    if (!siteConfig) {
      try {
        siteConfig = (await findConfig(this.#root)).config
      } catch (error) {
        // The same broken configuration already failed the files below it.
        if (error instanceof ConfigError) return []
        throw error
      }
    }
    const byName = lintSite(this.#pages, adjust(siteConfig))
    return [...byName].map(([name, findings]) => ({path: this.#shown.get(name) ?? name, findings}))
  }
}

/** The folder an argument stands for: itself, a file's folder, a glob's base. */
async function folderOf(arg: string): Promise<string> {
  const path = isGlob(arg) ? splitGlob(arg.replace(/\\/g, '/')).base || '.' : arg
  const stats = await stat(path).catch(() => undefined)
  return resolve(stats?.isDirectory() ? path : dirname(path))
}

function commonAncestor(folders: readonly string[]): string {
  const [first, ...rest] = folders.map((folder) => folder.split(sep))
  if (!first) return resolve('.')
  let length = first.length
  for (const parts of rest) {
    let same = 0
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same++
    length = same
  }
  return first.slice(0, length).join(sep) || sep
}
