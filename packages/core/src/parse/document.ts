import type {SourceMap} from './source-map.js'

/** Where a stretch of prose came from; rules may treat headings or table cells differently. */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'table-cell'
  | 'block'
  | 'alt'
  | 'title'

/**
 * A stretch of a block that markup gives a meaning the prose alone does not show: a link
 * (with its target) or content the reader does not see (with the style or attribute that
 * hides it). An element with no text of its own (`<a href="…"></a>`, an empty hidden
 * `<div>`) stands in the prose as one placeholder, so its span is never empty and a finding
 * on it points at the element.
 */
export interface Span {
  /** `[start, end)` in the block's text. */
  range: readonly [number, number]
  kind: 'link' | 'hidden'
  /** The link target as written (`link`). */
  href?: string
  /** What hides the content, e.g. `display:none` or the `hidden` attribute (`hidden`). */
  reason?: string
}

/** One unit of prose: a paragraph, heading, cell or attribute, checked as one string. */
export interface Block {
  kind: BlockKind
  text: string
  map: SourceMap
  /** Links and hidden content in the block, in order of their start; absent when none. */
  spans?: Span[]
}

/** A `shenjiao-*` comment, with the source offsets it covers. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  /** Rule ids; empty means every rule. */
  ruleIds: string[]
  start: number
  end: number
}

export interface ParsedDocument {
  blocks: Block[]
  directives: Directive[]
  /** Front matter of a Markdown file. */
  metadata: Record<string, unknown>
}

/** Stands for content that is not prose (inline code, an image) inside a sentence. */
export const placeholder = '\uFFFC'

/** The keyword ends at a space or the comment's end: `shenjiao-disable-line` is no directive. */
const directivePattern = /^\s*shenjiao-(disable-next-line|disable|enable)(?=\s|$)([^]*)$/

/** Reads a comment's text as a directive, if it is one. */
export function parseDirective(comment: string, start: number, end: number): Directive | undefined {
  const match = directivePattern.exec(comment)
  if (!match) return undefined
  const ruleIds = match[2]!
    .replace(/--.*$/s, '')
    .split(/[\s,]+/)
    .filter(Boolean)
  return {kind: match[1] as Directive['kind'], ruleIds, start, end}
}
