import type {Nodes, Parent, PhrasingContent, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse as parseYaml} from 'yaml'
import {placeholder, parseDirective, type Block, type BlockKind, type Directive, type ParsedDocument, type Span} from './document.js'
import {ProseBuilder, type AlignOptions} from './source-map.js'

/** Markdown text, alt and titles decode backslash escapes. */
const markdownText: AlignOptions = {escapes: true}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/** The mdast tree of a Markdown source, positions counting in `source`. */
export function markdownTree(source: string): Root {
  // micromark drops a leading BOM and counts offsets after it: give it one to drop, so
  // offsets count in `source` even when `source` itself starts with U+FEFF.
  return processor.parse(`\uFEFF${source}`)
}

export function parseMarkdown(source: string): ParsedDocument {
  return extractMarkdown(markdownTree(source), source)
}

/** Prose blocks of an mdast tree parsed from `source`; code is skipped, front matter read. */
export function extractMarkdown(tree: Root, source: string): ParsedDocument {
  const document: ParsedDocument = {blocks: [], directives: [], metadata: {}}
  visitBlocks(tree, undefined, source, document)
  return document
}

function visitBlocks(node: Nodes, parent: Parent | undefined, source: string, document: ParsedDocument): void {
  switch (node.type) {
    case 'yaml':
      document.metadata = readFrontMatter(node.value)
      return
    case 'html':
      collectDirectives(node.value, node.position?.start.offset ?? 0, document.directives)
      return
    case 'code':
    case 'definition':
    case 'thematicBreak':
      return
    case 'paragraph':
      addBlock(parent?.type === 'listItem' ? 'list-item' : 'paragraph', node, source, document)
      return
    case 'heading':
      addBlock('heading', node, source, document)
      return
    case 'tableCell':
      addBlock('table-cell', node, source, document)
      return
    default:
      if ('children' in node) for (const child of node.children) visitBlocks(child as RootContent, node, source, document)
  }
}

function addBlock(kind: BlockKind, block: Parent & {children: PhrasingContent[]}, source: string, document: ParsedDocument): void {
  const builder = new ProseBuilder()
  const spans: Span[] = []
  const start = block.position?.start.offset
  const end = block.position?.end.offset
  if (block.children.some(lacksPosition) && start !== undefined && end !== undefined) {
    builder.aligned(plainText(block.children), source, start, end, markdownText)
  } else {
    for (const child of block.children) appendInline(child, {builder, spans}, source, document)
  }
  pushBlock(kind, builder, document.blocks, spans)
}

/** The prose of a block being built, with the links found in it. */
interface Inline {
  builder: ProseBuilder
  spans: Span[]
}

/**
 * Whether a transform left inline nodes without positions (GFM autolink literals do, when
 * the address holds an escape such as `a\_b@qq.com`): the block is then aligned as a whole.
 */
function lacksPosition(node: PhrasingContent): boolean {
  return node.position === undefined || ('children' in node && node.children.some(lacksPosition))
}

function plainText(nodes: PhrasingContent[]): string {
  return nodes.map((node) => ('children' in node ? plainText(node.children) : node.type === 'text' ? node.value : '')).join('')
}

function pushBlock(kind: BlockKind, builder: ProseBuilder, blocks: Block[], spans: Span[] = []): void {
  const {text, map} = builder.build()
  if (text.trim() !== '') blocks.push({kind, text, map, ...(spans.length > 0 && {spans})})
}

function appendInline(node: PhrasingContent, inline: Inline, source: string, document: ParsedDocument): void {
  const {builder} = inline
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  switch (node.type) {
    case 'text':
      builder.aligned(node.value, source, start, end, markdownText)
      return
    case 'inlineCode':
    case 'footnoteReference':
      builder.atomic(placeholder, start, end)
      return
    case 'break':
      builder.atomic('\n', start, end)
      return
    case 'html':
      collectDirectives(node.value, start, document.directives)
      return
    case 'image':
    case 'imageReference':
      builder.atomic(placeholder, start, end)
      addAttribute('alt', node.alt ?? '', source, start + 2, end, document)
      if (node.type === 'image') addTitle(node.title, source, start, end, document)
      return
    case 'link': {
      const textStart = builder.length
      for (const child of node.children) appendInline(child, inline, source, document)
      // A link without text stands as one placeholder, so a finding on it points at the link.
      if (builder.length === textStart) builder.atomic(placeholder, start, end)
      inline.spans.push({kind: 'link', href: node.url, range: [textStart, builder.length]})
      addTitle(node.title, source, node.children.at(-1)?.position?.end.offset ?? start, end, document)
      return
    }
    default:
      if ('children' in node) for (const child of node.children) appendInline(child, inline, source, document)
  }
}

/** A title in `"…"`, `'…'` or `(…)` (its delimiter only escaped inside) before the closing `)`. */
const trailingTitle = /[ \t\r\n](?:"((?:[^"\\]|\\[^])*)"|'((?:[^'\\]|\\[^])*)'|\(((?:[^()\\]|\\[^])*)\))[ \t\r\n]*\)$/

/** A link or image title sits in quotes right before the closing parenthesis. */
function addTitle(title: string | null | undefined, source: string, from: number, end: number, document: ParsedDocument): void {
  if (!title) return
  const match = trailingTitle.exec(source.slice(from, end))
  if (!match) return
  const valueStart = from + match.index + 2
  const value = match[1] ?? match[2] ?? match[3] ?? ''
  addAttribute('title', title, source, valueStart, valueStart + value.length, document)
}

function addAttribute(kind: 'alt' | 'title', value: string, source: string, start: number, end: number, document: ParsedDocument): void {
  if (value.trim() === '') return
  const builder = new ProseBuilder()
  builder.aligned(value, source, start, end, markdownText)
  pushBlock(kind, builder, document.blocks)
}

const comment = /<!--([^]*?)-->/g

function collectDirectives(html: string, offset: number, directives: Directive[]): void {
  for (const match of html.matchAll(comment)) {
    const directive = parseDirective(match[1]!, offset + match.index, offset + match.index + match[0].length)
    if (directive) directives.push(directive)
  }
}

function readFrontMatter(value: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(value)
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
