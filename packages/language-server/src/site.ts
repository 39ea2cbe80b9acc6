import {readdir, readFile, stat} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {formatOfPath, levelOf, lintSite, readPage, siteRules, stripBom, type Config, type Finding, type Format, type SitePage} from '@shenjiao/core'
import {isInside, looksBinary} from './files.js'

/** A workspace larger than this is not treated as one site: reading it would stall the editor. */
const maxPages = 5000
/** Pages larger than this are not read for linkage (no article page is that long). */
const maxPageBytes = 4 * 1024 * 1024
/** How long a scan of a folder is trusted before the next check looks at the disk again. */
const rescanAfterMs = 2000
/**
 * How long an open document may go unchanged before its page is read again. Reading a page
 * parses the whole document (about 0.1 s for 20 000 characters of Markdown), too slow for
 * every keystroke: while the editor types, the page read before stands in, and the page is
 * read again once typing pauses.
 */
const openPageRereadMs = 400
const skippedDirectories = new Set(['node_modules', 'dist', 'build', 'out', 'coverage'])

interface FolderScan {
  at: number
  /** By path relative to the folder: the page read from disk. */
  pages: Map<string, {mtimeMs: number; page: SitePage}>
}

/** An open document as the editor holds it, which wins over the file on disk. */
export interface OpenPage {
  path: string
  text: string
  format: Format
}

/**
 * The workspace folder as a site, for site rules (政策 ↔ 解读 linkage): every page on disk,
 * read once and re-read when its modification time changes, with open documents taking
 * the place of their files.
 */
export class SiteIndex {
  readonly #scans = new Map<string, Promise<FolderScan>>()
  /** Open documents read as pages, by path. */
  readonly #openPages = new Map<string, {document: OpenPage; page: SitePage}>()
  /** Pending re-reads of open documents whose text changed since their page was read, by path. */
  readonly #rereads = new Map<string, ReturnType<typeof setTimeout>>()
  readonly #log: (message: string) => void
  readonly #pagesChanged: () => void

  /** `pagesChanged` is called when an open document's page has been read again, so site findings may differ. */
  constructor(log: (message: string) => void, pagesChanged: () => void) {
    this.#log = log
    this.#pagesChanged = pagesChanged
  }

  /** Files changed on disk: the next check looks at the disk again. */
  invalidate(): void {
    for (const scan of this.#scans.values()) void scan.then((done) => void (done.at = 0), () => undefined)
  }

  /** Site findings of the open document at `path` inside `folder`, the other open documents as they are in the editor. */
  async findingsFor(folder: string, path: string, open: readonly OpenPage[], config: Config): Promise<Finding[]> {
    // With every site rule off there is nothing to find: no disk scan, no page read.
    if (siteRules.every((rule) => levelOf(rule, config) === 'off')) return []
    const scan = await this.#scan(folder)
    const pages = new Map([...scan.pages].map(([name, entry]) => [name, entry.page]))
    for (const document of open) {
      if (isInside(folder, document.path)) pages.set(siteName(folder, document.path), this.#openPage(folder, document))
    }
    const openPaths = new Set(open.map((document) => document.path))
    for (const known of this.#openPages.keys()) {
      if (openPaths.has(known)) continue
      this.#openPages.delete(known)
      clearTimeout(this.#rereads.get(known))
      this.#rereads.delete(known)
    }
    const self = siteName(folder, path)
    if (!pages.has(self)) return []
    return lintSite([...pages.values()], config).get(self) ?? []
  }

  #openPage(folder: string, document: OpenPage): SitePage {
    const name = siteName(folder, document.path)
    const known = this.#openPages.get(document.path)
    if (known && known.page.path === name && known.document.format === document.format) {
      if (known.document.text !== document.text) this.#rereadLater(document)
      return known.page
    }
    const page = readPage(name, stripBom(document.text), document.format)
    this.#openPages.set(document.path, {document, page})
    return page
  }

  /** Reads the page of `document` again once its text has stopped changing for `openPageRereadMs`. */
  #rereadLater(document: OpenPage): void {
    clearTimeout(this.#rereads.get(document.path))
    const timer = setTimeout(() => {
      this.#rereads.delete(document.path)
      // The entry goes: the next check reads the page from the document as it is then.
      this.#openPages.delete(document.path)
      this.#pagesChanged()
    }, openPageRereadMs)
    timer.unref()
    this.#rereads.set(document.path, timer)
  }

  async #scan(folder: string): Promise<FolderScan> {
    const last = await this.#scans.get(folder)?.catch(() => undefined)
    if (last && Date.now() - last.at < rescanAfterMs) return last
    const next = rescan(folder, last, this.#log)
    this.#scans.set(folder, next)
    return next
  }
}

async function rescan(folder: string, previous: FolderScan | undefined, log: (message: string) => void): Promise<FolderScan> {
  const pages: FolderScan['pages'] = new Map()
  const files = await pageFiles(folder)
  if (files.length > maxPages) {
    log(`${folder} 中可检查的页面超过 ${maxPages} 个，不作为一个网站检查政策与解读的关联`)
    return {at: Date.now(), pages}
  }
  for (const file of files) {
    const name = siteName(folder, file)
    try {
      const info = await stat(file)
      const known = previous?.pages.get(name)
      if (known && known.mtimeMs === info.mtimeMs) {
        pages.set(name, known)
        continue
      }
      if (info.size > maxPageBytes) continue
      const text = stripBom(await readFile(file, 'utf8'))
      if (looksBinary(text)) continue
      pages.set(name, {mtimeMs: info.mtimeMs, page: readPage(name, text, formatOfPath(file) ?? 'text')})
    } catch {
      // A file that vanished or cannot be read is not part of the site.
    }
  }
  return {at: Date.now(), pages}
}

/** Files with an extension shenjiao reads, under `folder`, hidden and build directories skipped; stops past `maxPages`. */
async function pageFiles(folder: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (directory: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(directory, {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of entries) {
      if (found.length > maxPages) return
      if (entry.name.startsWith('.')) continue
      const path = join(directory, entry.name)
      if (entry.isDirectory()) {
        if (!skippedDirectories.has(entry.name)) await walk(path)
      } else if (entry.isFile() && formatOfPath(entry.name) !== undefined) found.push(path)
    }
  }
  await walk(folder)
  return found
}

/** A page's name in the site: its path relative to the folder, `/`-separated. */
function siteName(folder: string, path: string): string {
  return relative(folder, path).split(sep).join('/')
}
