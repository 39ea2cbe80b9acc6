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

/** One unit of prose: a paragraph, heading, cell or attribute, checked as one string. */
export interface Block {
  kind: BlockKind
  text: string
  map: SourceMap
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
