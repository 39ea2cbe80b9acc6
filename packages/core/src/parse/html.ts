import type {Element, Nodes, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {placeholder, parseDirective, type BlockKind, type ParsedDocument} from './document.js'
import {ProseBuilder} from './source-map.js'

const processor = unified().use(rehypeParse)

/** The hast tree of an HTML source, positions counting in `source`. */
export function htmlTree(source: string): Root {
  return processor.parse(source)
}

export function parseHtml(source: string): ParsedDocument {
  return extractHtml(htmlTree(source), source)
}

/** Elements whose content is never prose. */
const skipped = new Set([
  'script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'template', 'svg', 'math',
  'noscript', 'iframe', 'object', 'canvas', 'select',
])

/** Elements that start and end a block of prose; everything else is inline. */
const blockKinds = new Map<string, BlockKind>([
  ['p', 'paragraph'], ['h1', 'heading'], ['h2', 'heading'], ['h3', 'heading'], ['h4', 'heading'],
  ['h5', 'heading'], ['h6', 'heading'], ['li', 'list-item'], ['td', 'table-cell'], ['th', 'table-cell'],
  ['title', 'title'],
  ...[
    'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
    'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'head', 'header', 'hgroup',
    'hr', 'html', 'legend', 'main', 'menu', 'nav', 'ol', 'option', 'section', 'summary', 'table', 'tbody',
    'tfoot', 'thead', 'tr', 'ul',
  ].map((name): [string, BlockKind] => [name, 'block']),
])

/** Attributes whose text readers see: alternative text and tooltips. */
const proseAttributes: Record<string, ReadonlyArray<'alt' | 'title'>> = {
  img: ['alt', 'title'],
  area: ['alt', 'title'],
  a: ['title'],
  abbr: ['title'],
}

/** Prose blocks of a hast tree parsed from `source`. */
export function extractHtml(tree: Root, source: string): ParsedDocument {
  const document: ParsedDocument = {blocks: [], directives: [], metadata: {}}
  let kind: BlockKind = 'block'
  let builder = new ProseBuilder()
  /** Start tags read already: the parser re-opens a formatting element (`<a>`) across blocks. */
  const tagsRead = new Set<number>()

  const flush = (): void => {
    const {text, map} = builder.build()
    if (text.trim() !== '') document.blocks.push({kind, text, map})
    builder = new ProseBuilder()
  }

  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    switch (node.type) {
      case 'text':
        if (start === undefined || end === undefined) return
        // parse5 keeps a leading BOM as text (`check` strips it first; the unified plugin cannot).
        if (start === 0 && node.value.startsWith('\uFEFF')) builder.aligned(node.value.slice(1), source, 1, end)
        else builder.aligned(node.value, source, referenceStart(source, start), end)
        return
      case 'comment':
        if (start !== undefined && end !== undefined) {
          const directive = parseDirective(node.value, start, end)
          if (directive) document.directives.push(directive)
        }
        return
      case 'element':
        visitElement(node, start, end)
        return
      case 'root':
        for (const child of node.children) visit(child)
        return
      default:
    }
  }

  const visitElement = (element: Element, start: number | undefined, end: number | undefined): void => {
    const name = element.tagName
    if (start !== undefined) addAttributes(element, start)
    if (skipped.has(name)) {
      if (start !== undefined && end !== undefined && name === 'code') builder.atomic(placeholder, start, end)
      return
    }
    if (name === 'br') {
      if (start !== undefined && end !== undefined) builder.atomic('\n', start, end)
      return
    }
    if (name === 'img') {
      if (start !== undefined && end !== undefined) builder.atomic(placeholder, start, end)
      return
    }
    const blockKind = blockKinds.get(name)
    if (blockKind === undefined) {
      for (const child of element.children) visit(child)
      return
    }
    flush()
    const outer = kind
    kind = blockKind
    for (const child of element.children) visit(child)
    flush()
    kind = outer
  }

  const addAttributes = (element: Element, tagStart: number): void => {
    const names = proseAttributes[element.tagName]
    if (!names || tagsRead.has(tagStart)) return
    tagsRead.add(tagStart)
    const ranges = attributeValueRanges(source, tagStart)
    for (const name of names) {
      const value = element.properties[name]
      const range = ranges.get(name)
      if (typeof value !== 'string' || value.trim() === '' || !range) continue
      const attribute = new ProseBuilder()
      attribute.aligned(value, source, range.start, range.end)
      const {text, map} = attribute.build()
      document.blocks.push({kind: name, text, map})
    }
  }

  visit(tree)
  flush()
  return document
}

const reference = /&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/y

/**
 * Where a text node really starts. After whitespace it drops (before `<html>`, `<head>`,
 * `<body>`), parse5 starts a text node that begins with a character reference inside the
 * reference (`\n&amp;中` starts at the `;`); no text starts there, so step back to the `&`.
 */
function referenceStart(source: string, start: number): number {
  const ampersand = source.lastIndexOf('&', start)
  if (ampersand === -1 || ampersand === start || start - ampersand > 40) return start
  reference.lastIndex = ampersand
  const match = reference.exec(source)
  return match && ampersand + match[0].length > start ? ampersand : start
}

/** Value ranges of the attributes of the start tag at `tagStart`, scanned in one pass. */
export function attributeValueRanges(source: string, tagStart: number): Map<string, {start: number; end: number}> {
  const ranges = new Map<string, {start: number; end: number}>()
  let i = tagStart + 1
  while (i < source.length && !/[\s/>]/.test(source[i]!)) i++
  while (i < source.length) {
    while (i < source.length && /[\s/]/.test(source[i]!)) i++
    if (i >= source.length || source[i] === '>') break
    const nameStart = i
    while (i < source.length && !/[\s=/>]/.test(source[i]!)) i++
    const name = source.slice(nameStart, i).toLowerCase()
    while (i < source.length && /\s/.test(source[i]!)) i++
    if (source[i] !== '=') continue
    i++
    while (i < source.length && /\s/.test(source[i]!)) i++
    const quote = source[i]
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, i + 1)
      const valueEnd = close === -1 ? source.length : close
      if (!ranges.has(name)) ranges.set(name, {start: i + 1, end: valueEnd})
      i = valueEnd + 1
    } else {
      const valueStart = i
      while (i < source.length && !/[\s>]/.test(source[i]!)) i++
      if (!ranges.has(name)) ranges.set(name, {start: valueStart, end: i})
    }
  }
  return ranges
}
