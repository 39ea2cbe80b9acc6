import type {Element, Nodes, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {placeholder, parseDirective, type BlockKind, type ParsedDocument, type Span} from './document.js'
import {hiddenReason} from './hidden.js'
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

/** A link or hidden element being visited; `start` is where its prose began in the current block. */
interface OpenSpan {
  span: Omit<Span, 'range'>
  start: number
  /** Whether it has put any visible character (text, an image, code) into the prose. */
  filled: boolean
}

/** Prose blocks of a hast tree parsed from `source`. */
export function extractHtml(tree: Root, source: string): ParsedDocument {
  const document: ParsedDocument = {blocks: [], directives: [], metadata: {}}
  let kind: BlockKind = 'block'
  let builder = new ProseBuilder()
  let spans: Span[] = []
  /** Links and hidden elements enclosing the node being visited, outermost first. */
  const open: OpenSpan[] = []
  /** Start tags read already: the parser re-opens a formatting element (`<a>`) across blocks. */
  const tagsRead = new Set<number>()

  const closeSpan = (entry: OpenSpan): void => {
    if (builder.length > entry.start) spans.push({...entry.span, range: [entry.start, builder.length]})
  }

  /** Ends the block; a link or hidden element that spans blocks gets a span in each. */
  const flush = (): void => {
    for (const entry of open) closeSpan(entry)
    const {text, map} = builder.build()
    if (text.trim() !== '') {
      spans.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1])
      document.blocks.push({kind, text, map, ...(spans.length > 0 && {spans})})
    }
    builder = new ProseBuilder()
    spans = []
    for (const entry of open) entry.start = 0
  }

  /** Prose that readers would see if nothing hid it. */
  const filled = (): void => {
    for (const entry of open) entry.filled = true
  }

  /**
   * Visits an element's children inside its link and hidden spans. An element that adds
   * no visible character stands as one placeholder for its whole source, so its span can
   * be reported.
   */
  const visitAnnotated = (element: Element, start: number | undefined, end: number | undefined): void => {
    const entries = annotationsOf(element, open).map((span): OpenSpan => ({span, start: builder.length, filled: false}))
    open.push(...entries)
    for (const child of element.children) visit(child)
    open.length -= entries.length
    if (entries.length > 0 && !entries.some((entry) => entry.filled) && start !== undefined && end !== undefined) {
      for (const entry of entries) entry.start = builder.length
      builder.atomic(placeholder, start, end)
      filled()
    }
    for (const entry of entries) closeSpan(entry)
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
        if (node.value.trim() !== '') filled()
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
      if (start !== undefined && end !== undefined && name === 'code') {
        builder.atomic(placeholder, start, end)
        filled()
      }
      return
    }
    if (name === 'br') {
      if (start !== undefined && end !== undefined) builder.atomic('\n', start, end)
      return
    }
    if (name === 'img') {
      if (start !== undefined && end !== undefined) builder.atomic(placeholder, start, end)
      filled()
      return
    }
    const blockKind = blockKinds.get(name)
    if (blockKind === undefined) {
      visitAnnotated(element, start, end)
      return
    }
    flush()
    const outer = kind
    kind = blockKind
    visitAnnotated(element, start, end)
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

/**
 * The spans an element opens: a link with a target, and hidden content unless an
 * enclosing element hides it already (the outermost hidden element is the one to remove).
 */
function annotationsOf(element: Element, open: readonly OpenSpan[]): Array<Omit<Span, 'range'>> {
  const spans: Array<Omit<Span, 'range'>> = []
  const reason = open.some((entry) => entry.span.kind === 'hidden') ? undefined : hiddenReason(element.properties)
  if (reason !== undefined) spans.push({kind: 'hidden', reason})
  const href = element.properties['href']
  if (element.tagName === 'a' && typeof href === 'string' && href.trim() !== '') spans.push({kind: 'link', href: href.trim()})
  return spans
}

const reference = /&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/y

/**
 * Where a text node really starts. After whitespace it drops (before `<html>`, `<head>`,
 * `<body>`), parse5 starts a text node that begins with a character reference inside the
 * reference (`\n&amp;中` starts at the `;`); no text starts there, so step back to the `&`.
 */
function referenceStart(source: string, start: number): number {
  // Look back a bounded stretch only: an unbounded lastIndexOf makes pages without `&` quadratic.
  const from = Math.max(0, start - 40)
  const found = source.slice(from, start + 1).lastIndexOf('&')
  const ampersand = found === -1 ? -1 : from + found
  if (ampersand === -1 || ampersand === start) return start
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
