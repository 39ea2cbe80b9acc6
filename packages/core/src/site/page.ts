import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast'
import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import {applyDirectives} from '../engine/directives.js'
import {located} from '../engine/finding.js'
import type {Block, ParsedDocument} from '../parse/document.js'
import {extractHtml, htmlTree} from '../parse/html.js'
import {parse} from '../parse/index.js'
import {LineIndex} from '../parse/line-index.js'
import {extractMarkdown, markdownTree} from '../parse/markdown.js'
import {siteRules} from '../rules/linkage/index.js'
import type {Finding, Format} from '../types.js'
import {addressOf, resolveLink} from './address.js'

/** What a page is to the 政策 ↔ 解读 linkage: a policy document, an interpretation of one, or neither. */
export type PageKind = 'policy' | 'interpretation' | 'other'

/** The facts about one page of a site that site-level rules read. */
export interface SitePage {
  /** The path the page was given as: where findings about it are reported. */
  path: string
  /** Every address that reaches the page: its site path, and its declared URL (`<meta name="Url">`, front matter `url`). */
  addresses: ReadonlySet<string>
  kind: PageKind
  /** The title as readers see it, or '' when the page has none. */
  title: string
  /** Where the title is in the page's source, and its source text: findings about the page point there. */
  titleLocation: TitleLocation
  /** Titles named in 《》 in the page's title, without the marks. */
  citedTitles: readonly string[]
  /** 发文字号 the page names: in its title, its declared metadata or its opening lines (an interpretation names its policy's). */
  documentNumbers: readonly string[]
  /**
   * The page's own 发文字号: declared, in the title, or standing alone on an opening line (某政发〔2026〕3号,
   * 发文字号：某政发〔2026〕3号). A number the opening cites in running text (根据《…》（国办发〔2023〕12号）) is another document's.
   */
  ownDocumentNumbers: readonly string[]
  /** Addresses of everything the page links to. */
  links: ReadonlySet<string>
  /** Site rules that a `shenjiao-disable` comment silences at the title. */
  silenced: ReadonlySet<string>
}

export type TitleLocation = Pick<Finding, 'offset' | 'length' | 'line' | 'column' | 'endLine' | 'endColumn' | 'actual'>

/** Titles of interpretations: 政策解读, 一图读懂, 图解, 答记者问, 问答 about a named document. */
const interpretationTitle = /解读|一图读懂|图解|图说|答记者问|政策问答/
/** A 公文 title names its 文种 last: 关于…的通知 is a policy even when it is about 解读 work. */
const policyTitle = /(?:通知|意见|决定|办法|规定|方案|条例|细则|规划|批复|公告|通告|措施|规则|纲要|指引|指南|标准|清单|实施意见|工作要点)$/
const documentNumber = /[\p{Script=Han}A-Za-z]{1,10}〔\d{4}〕\d{1,4}号/gu
/** An opening line that is only a 发文字号, perhaps behind its label. */
const standaloneNumber = /^(?:(?:发文字号|文号)[:：]\s*)?([\p{Script=Han}A-Za-z]{1,10}〔\d{4}〕\d{1,4}号)$/u
const citedTitle = /《([^《》\n]{2,120})》/g
/** How far into a page a 文号 still counts as the page's own (its 文号 line sits under the title). */
const openingLength = 400

/** Reads what site-level rules need from one page. */
export function readPage(path: string, text: string, format: Format): SitePage {
  const {document, facts} = readSource(text, format)
  const titleBlock = pickTitle(document.blocks, format)
  const declaredTitle = typeof document.metadata.title === 'string' ? document.metadata.title.trim() : undefined
  const title = declaredTitle ?? facts.title ?? titleBlock?.text.trim() ?? ''
  const titleRange = titleBlock ? trimmedRange(titleBlock) : {start: 0, end: 0}
  const lines = new LineIndex(text)
  const titleLocation = {...located(lines, titleRange.start, titleRange.end), actual: text.slice(titleRange.start, titleRange.end)}
  const opening = document.blocks
    .slice(0, 6)
    .map((block) => block.text)
    .join('\n')
    .slice(0, openingLength)
  const standalone = opening.split('\n').flatMap((line) => standaloneNumber.exec(line.trim())?.slice(1, 2) ?? [])
  const declaredNumber = typeof document.metadata.number === 'string' ? [document.metadata.number] : []
  const declaredUrl = typeof document.metadata.url === 'string' ? [document.metadata.url] : []
  const base = addressOf(path)
  return {
    path,
    addresses: new Set([base, ...[...declaredUrl, ...facts.urls].map((url) => resolveLink(url, base))]),
    kind: kindOf(title),
    title,
    titleLocation,
    citedTitles: [...title.matchAll(citedTitle)].map((match) => normalizeTitle(match[1]!)),
    documentNumbers: [...new Set([...declaredNumber, ...facts.numbers, ...numbersIn(`${title}\n${opening}`)])],
    ownDocumentNumbers: [...new Set([...declaredNumber, ...facts.numbers, ...numbersIn(title), ...standalone])],
    links: new Set(facts.links.map((href) => resolveLink(href, base))),
    silenced: silencedAtTitle(titleLocation, document.directives, text, lines),
  }
}

/** Site rules switched off where the title is, by the page's own comments. */
function silencedAtTitle(title: TitleLocation, directives: Parameters<typeof applyDirectives>[1], text: string, lines: LineIndex): Set<string> {
  if (directives.length === 0) return new Set()
  const probes = siteRules.map((rule): Finding => ({...title, ruleId: rule.id, category: rule.category, severity: rule.severity, message: '', expected: [], url: rule.url}))
  const kept = new Set(applyDirectives(probes, directives, text, lines).map((finding) => finding.ruleId))
  return new Set(siteRules.map((rule) => rule.id).filter((id) => !kept.has(id)))
}

function numbersIn(text: string): string[] {
  return [...text.matchAll(documentNumber)].map((match) => match[0])
}

export function kindOf(title: string): PageKind {
  const bare = normalizeTitle(title)
  if (interpretationTitle.test(bare) && !(bare.startsWith('关于') && policyTitle.test(bare))) return 'interpretation'
  return policyTitle.test(bare) ? 'policy' : 'other'
}

/** A title compared as text: no 书名号, spaces or closing punctuation. */
export function normalizeTitle(title: string): string {
  return title.replace(/[《》〈〉\s\u3000]/g, '').replace(/[。；，、]+$/, '')
}

/** HTML: the `<h1>`, else the first heading, else `<title>`. Markdown: the first heading. Text: the first line. */
function pickTitle(blocks: readonly Block[], format: Format): Block | undefined {
  if (format === 'text') return blocks[0]
  const headings = blocks.filter((block) => block.kind === 'heading')
  return headings[0] ?? blocks.find((block) => block.kind === 'title')
}

function trimmedRange(block: Block): {start: number; end: number} {
  const start = block.text.length - block.text.trimStart().length
  const end = block.text.trimEnd().length
  return block.map.toSource(start, Math.max(start, end))
}

interface Facts {
  /** A title the page declares outside its prose (`<meta name="ArticleTitle">`). */
  title?: string
  urls: string[]
  numbers: string[]
  links: string[]
}

/** The page's prose and its facts, from one parse of the source. */
function readSource(source: string, format: Format): {document: ParsedDocument; facts: Facts} {
  if (format === 'html') {
    const tree = htmlTree(source)
    return {document: extractHtml(tree, source), facts: htmlFacts(tree)}
  }
  if (format === 'markdown') {
    const tree = markdownTree(source)
    return {document: extractMarkdown(tree, source), facts: markdownFacts(tree)}
  }
  return {document: parse(source, format), facts: textFacts(source)}
}

/** Meta tags per 《政府网站发展指引》 (规范摘要 S-01) and every `<a href>`. */
function htmlFacts(tree: HastRoot): Facts {
  const facts: Facts = {urls: [], numbers: [], links: []}
  const visit = (node: HastNodes): void => {
    if (node.type === 'element') readElement(node, facts)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return facts
}

function readElement(element: Element, facts: Facts): void {
  const property = (name: string): string | undefined => {
    const value = element.properties[name]
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
  }
  if (element.tagName === 'a') {
    const href = property('href')
    if (href) facts.links.push(href)
    return
  }
  if (element.tagName !== 'meta') return
  const content = property('content')
  if (!content) return
  const name = property('name')
  if (name === 'Url') facts.urls.push(content)
  else if (name === 'ArticleTitle') facts.title = content
  else if (name === 'DocumentNumber' || name === '文号') facts.numbers.push(content)
}

/** Markdown links, reference definitions and autolinks. */
function markdownFacts(tree: MdastRoot): Facts {
  const facts: Facts = {urls: [], numbers: [], links: []}
  const visit = (node: MdastNodes): void => {
    if (node.type === 'link' || node.type === 'definition') facts.links.push(node.url)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return facts
}

const bareUrl = /https?:\/\/[^\s\u3000，。；、）》」"'<>]+/g

/** Plain text links as written: bare URLs. */
function textFacts(source: string): Facts {
  return {urls: [], numbers: [], links: source.match(bareUrl) ?? []}
}
