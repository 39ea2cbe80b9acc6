import type {Format} from '../types.js'
import type {ParsedDocument} from './document.js'
import {parseHtml} from './html.js'
import {parseMarkdown} from './markdown.js'
import {parseText} from './text.js'

export type {Block, BlockKind, Directive, ParsedDocument, Span} from './document.js'
export {extractHtml} from './html.js'
export {extractMarkdown} from './markdown.js'

const parsers: Record<Format, (source: string) => ParsedDocument> = {
  text: parseText,
  markdown: parseMarkdown,
  html: parseHtml,
}

export function parse(source: string, format: Format): ParsedDocument {
  return parsers[format](source)
}

const formatsByExtension: Record<string, Format> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
}

export const supportedExtensions: readonly string[] = Object.keys(formatsByExtension)

/** The format a file name implies, or undefined for an extension shenjiao does not read. */
export function formatOfPath(path: string): Format | undefined {
  const dot = path.lastIndexOf('.')
  return dot === -1 ? undefined : formatsByExtension[path.slice(dot).toLowerCase()]
}
