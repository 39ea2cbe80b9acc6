/** How serious a finding is; only `error` fails a check or blocks publishing. */
export type Severity = 'error' | 'warning' | 'info'

/** Rule families, the first segment of every rule id. */
export type Category =
  | 'typo'
  | 'wording'
  | 'punctuation'
  | 'number'
  | 'document'
  | 'privacy'
  | 'security'
  | 'page'
  | 'linkage'

export const categories: readonly Category[] = [
  'typo',
  'wording',
  'punctuation',
  'number',
  'document',
  'privacy',
  'security',
  'page',
  'linkage',
]

/** Source formats the engine parses. */
export type Format = 'text' | 'markdown' | 'html'

/** `safe`: `--fix` applies the first expected value; `suggest`: offered to the user only. */
export type Fixable = 'safe' | 'suggest'

/**
 * One problem in a document: the single shape every front end (CLI, LSP, CMS gate) uses.
 * Offsets and columns count UTF-16 code units of the source text with any BOM removed;
 * lines and columns are 1-based, the end is exclusive.
 */
export interface Finding {
  ruleId: string
  category: Category
  severity: Severity
  /** Chinese, specific: what is wrong and what is expected. */
  message: string
  offset: number
  length: number
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The exact source text of the range (for privacy findings, a masked form). */
  actual: string
  /** Replacement candidates, best first. */
  expected: string[]
  fixable?: Fixable
  /** The rule's documentation. */
  url: string
  /** Why, when the message alone does not say. */
  note?: string
  /**
   * Privacy findings only: the first 16 hex digits of SHA-256 over `<ruleId>:<identifier>`
   * (separators removed, letters upper-cased), so tools can deduplicate a leak found twice
   * without ever holding the identifier itself.
   */
  hash?: string
}
