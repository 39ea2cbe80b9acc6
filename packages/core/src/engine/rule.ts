import type {BlockKind, Span} from '../parse/document.js'
import type {Token} from '../segment/index.js'
import {categories, type Category, type Fixable, type Severity} from '../types.js'

/** Where each rule's documentation (its `.md` beside the code) is published. */
export const docsBaseUrl = 'https://github.com/shenjiao/shenjiao/blob/main/packages/core/src/rules/'

/** A block of prose as rules see it: never raw mdast or hast, never source positions. */
export interface ProseSegment {
  /** The prose; URLs are masked with U+FFFC (one per code unit) so no rule reads inside them. */
  readonly text: string
  readonly kind: BlockKind
  /**
   * Links (with their targets) and hidden content (with what hides it) in `text`, from
   * HTML and Markdown markup, in order of their start; empty for plain text.
   */
  readonly spans: readonly Span[]
  /** jieba words with part-of-speech tags; the segmenter loads on the first call. */
  tokens(): readonly Token[]
}

/** What a rule reports: a range in prose coordinates; the engine finds the source. */
export interface Report<MessageId extends string> {
  messageId: MessageId
  /** `[start, end)` in `segment.text`. */
  range: readonly [number, number]
  expected?: string[]
  /** Values for `{name}` placeholders in the message besides `{actual}` and `{expected}`. */
  data?: Record<string, string>
  /** Replaces the source text in the finding, for values that must not be shown (privacy). */
  actual?: string
  note?: string
  /** Lowers a fixing rule's `safe` to `suggest` for this finding when the fix is less certain. */
  fixable?: 'suggest'
  /** Lowers the configured severity one step (error → warning → info) for a less certain finding. */
  lowerSeverity?: boolean
  /** Passed on as `Finding.hash`: lets tools deduplicate a privacy leak without seeing it. */
  hash?: string
  /**
   * The segment `range` lies in, when it is not the one being visited: document-wide rules
   * (a numbering gap, two names for one body) report from `end()` against segments they kept.
   */
  segment?: ProseSegment
}

export interface UserDictionary {
  /** Words that are correct in this project; no finding lies inside one. */
  allow: readonly string[]
  /** Wrong → right pairs of this project. */
  replace: Readonly<Record<string, string>>
}

export interface RuleContext<MessageId extends string, Options> {
  readonly options: Options
  readonly dictionary: UserDictionary
  report(report: Report<MessageId>): void
}

/** Called in document order; one `create` per document, so a rule may keep state across segments. */
export interface RuleVisitors {
  prose?(segment: ProseSegment): void
  /** After the last segment: for findings that need the whole document. */
  end?(): void
}

export interface RuleDefinition<MessageId extends string, Options> {
  /** `<category>/<kebab-name>`, equal to the file path under `src/rules/`. */
  id: string
  severity: Severity
  fixable?: Fixable
  /** Whether the `recommended` preset turns the rule on. */
  recommended: boolean
  /** Message templates, Chinese; `{actual}`, `{expected}` and `data` keys are filled in. */
  messages: Record<MessageId, string>
  defaultOptions: Options
  create(context: RuleContext<MessageId, Options>): RuleVisitors
}

export interface Rule<MessageId extends string = string, Options = unknown> extends RuleDefinition<MessageId, Options> {
  category: Category
  url: string
}

/** Checks a rule's id and derives its category and documentation URL. */
export function defineRule<MessageId extends string, Options>(
  definition: RuleDefinition<MessageId, Options>,
): Rule<MessageId, Options> {
  return {...definition, ...identify(definition.id)}
}

/** The category and documentation URL of a rule id; throws on a malformed id. */
export function identify(id: string): {category: Category; url: string} {
  const category = id.split('/')[0] as Category
  if (!categories.includes(category) || !/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new Error(`Rule id "${id}" must be <category>/<kebab-name> with a known category`)
  }
  return {category, url: `${docsBaseUrl}${id}.md`}
}
