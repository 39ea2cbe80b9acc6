import type {Format} from '@shenjiao/core'

/** A stretch of a document that parses the same on its own as inside the whole. */
export interface Chunk {
  /** Offset of the chunk in the document. */
  start: number
  text: string
}

/**
 * A link reference or footnote definition (`[id]: …`, `[^1]: …`) makes a reference in
 * another part of the document resolve; a document with one is parsed whole.
 */
const definition = /^ {0,3}\[(?:[^\]\\\r\n]|\\.)+\]:/m

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/

/** HTML blocks that may hold blank lines (CommonMark types 1–5), with what closes each. */
const htmlBlocks: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
]

const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g

/**
 * Front matter opens on the first line and must close: without a closing line the parser
 * reads `---` as a thematic break and the rest as Markdown (as while an editor types into
 * the closing line), and so must the chunks.
 */
const frontMatterOpen = /^---[ \t]*(?:\r\n|\r|\n)/
const frontMatterClose = /(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/

/**
 * Splits a document where re-parsing a part alone gives the same prose as parsing the
 * whole, so an edit re-parses one chunk instead of the document. Markdown is cut before
 * every line that starts in the first column after a blank line, unless that line lies in
 * front matter, a fenced code block or an HTML block of the kinds that run across blank
 * lines: such a line can continue no list item, block quote or paragraph. Plain text and
 * HTML are one chunk (parsing them costs little next to Markdown).
 */
export function splitChunks(text: string, format: Format): Chunk[] {
  if (format !== 'markdown' || definition.test(text)) return [{start: 0, text}]
  const starts = [0]
  let fence: {char: string; length: number} | undefined
  let html: RegExp | undefined
  let frontMatter = frontMatterOpen.test(text) && frontMatterClose.test(text)
  let first = true
  let afterBlank = false
  line.lastIndex = 0
  for (let match = line.exec(text); match && match[0] !== ''; match = line.exec(text)) {
    const content = match[0].replace(/(?:\r\n|\r|\n)$/, '')
    const at = match.index
    if (frontMatter) {
      if (!first && /^(?:---|\.\.\.)[ \t]*$/.test(content)) frontMatter = false
      first = false
      continue
    }
    first = false
    if (fence) {
      const close = fenceOpen.exec(content)
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && content.slice(close[0].length).trim() === '') {
        fence = undefined
      }
      continue
    }
    if (html) {
      if (html.test(content)) html = undefined
      continue
    }
    if (/^[ \t]*$/.test(content)) {
      afterBlank = true
      continue
    }
    if (afterBlank && /^[^ \t]/.test(content) && at > 0) starts.push(at)
    afterBlank = false
    const open = fenceOpen.exec(content)
    if (open) {
      fence = {char: open[1]![0]!, length: open[1]!.length}
      continue
    }
    for (const [opener, closer] of htmlBlocks) {
      const start = opener.exec(content)
      if (start) {
        if (!closer.test(content.slice(start[0].length))) html = closer
        break
      }
    }
  }
  return starts.map((start, index) => ({start, text: text.slice(start, starts[index + 1] ?? text.length)}))
}
