import {
  applyDirectives,
  compareFindings,
  LineIndex,
  lintDocument,
  parse,
  resolveRules,
  rules,
  type Block,
  type Config,
  type Finding,
  type Format,
  type ParsedDocument,
  type RuleSetting,
  withoutRepeats,
} from '@shenjiao/core'
import {splitChunks} from './chunks.js'

type Directive = ParsedDocument['directives'][number]

/** A block with the key its findings are cached under and its start in the chunk. */
interface KeyedBlock {
  block: Block
  start: number
  key: string
}

interface ParsedChunk {
  blocks: KeyedBlock[]
  directives: Directive[]
}

/** What is cached for one configuration; a new configuration starts a new one. */
interface CacheState {
  configKey: string
  /** The configuration with document-wide rules off: what runs block by block. */
  blockConfig: Config
  /** Only the document-wide rules, run over the whole text; undefined when none is on. */
  documentConfig: Config | undefined
  chunks: Map<string, ParsedChunk>
  blocks: Map<string, Finding[]>
}

/** Thrown when a check is abandoned because its document changed meanwhile. */
export class StaleCheck extends Error {
  constructor() {
    super('The document changed during the check')
    this.name = 'StaleCheck'
  }
}

export interface LintHooks {
  /** Asked between slices of work; true abandons the check with `StaleCheck`. */
  isStale?(): boolean
  /** A rule threw on a block: the check goes on without that rule there. */
  onRuleError?(ruleId: string, error: unknown): void
}

/** Longest stretch of synchronous work before a check lets other messages in. */
const sliceMilliseconds = 8

/**
 * Checks successive versions of one document, re-doing only what changed: Markdown is
 * parsed per chunk (see `splitChunks`) and rules run per block, both cached by content,
 * so an edit costs one chunk's parse and one block's rules; rules that read the whole
 * document (those with an `end()` visitor) run over the whole text each time. The result equals
 * `check(text, {format, config})`; test/language-server/lint.test.ts holds it to that.
 * Caches keep only what the latest completed check used, so memory follows the document.
 */
export class DocumentLinter {
  readonly format: Format
  #state: CacheState | undefined

  constructor(format: Format) {
    this.format = format
  }

  async lint(source: string, config: Config, hooks: LintHooks = {}): Promise<Finding[]> {
    const configKey = JSON.stringify(config)
    if (this.#state?.configKey !== configKey) this.#state = {configKey, ...splitConfig(config), chunks: new Map(), blocks: new Map()}
    // A check that overlaps a configuration change keeps writing to the state it began with.
    const state = this.#state
    // Positions count in the text as the editor holds it; a BOM is skipped, as check() does.
    const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
    const text = bom ? source.slice(1) : source
    const usedChunks = new Map<string, ParsedChunk>()
    const usedBlocks = new Map<string, Finding[]>()
    const found: Finding[] = []
    const directives: Directive[] = []
    const wholeBlocks: Block[] = []
    let sliceStart = performance.now()
    for (const chunk of splitChunks(text, this.format)) {
      const parsed = usedChunks.get(chunk.text) ?? state.chunks.get(chunk.text) ?? parseChunk(chunk.text, this.format)
      usedChunks.set(chunk.text, parsed)
      for (const directive of parsed.directives) {
        directives.push({...directive, start: directive.start + chunk.start, end: directive.end + chunk.start})
      }
      for (const {block, start, key} of parsed.blocks) {
        if (performance.now() - sliceStart > sliceMilliseconds) {
          await new Promise((resolve) => setImmediate(resolve))
          if (hooks.isStale?.()) throw new StaleCheck()
          sliceStart = performance.now()
        }
        let relative = usedBlocks.get(key) ?? state.blocks.get(key)
        if (!relative) {
          const document: ParsedDocument = {blocks: [block], directives: [], metadata: {}}
          relative = lintSafely(document, chunk.text, state.blockConfig, hooks).map((finding) => ({...finding, offset: finding.offset - start}))
          // Stored at once: a check abandoned later still leaves its work for the next one.
          state.blocks.set(key, relative)
        }
        usedBlocks.set(key, relative)
        if (state.documentConfig) wholeBlocks.push({...block, map: block.map.shifted(chunk.start)})
        const base = bom + chunk.start + start
        for (const finding of relative) found.push({...finding, offset: finding.offset + base})
      }
      state.chunks.set(chunk.text, parsed)
    }
    state.chunks = usedChunks
    state.blocks = usedBlocks
    if (state.documentConfig) {
      // The blocks parsed per chunk, placed in the document: no second parse of the whole text.
      const document: ParsedDocument = {blocks: wholeBlocks, directives: [], metadata: {}}
      for (const finding of lintSafely(document, text, state.documentConfig, hooks)) found.push({...finding, offset: finding.offset + bom})
    }
    const lines = new LineIndex(source)
    for (const finding of found) {
      const start = lines.place(finding.offset)
      const end = lines.place(finding.offset + finding.length)
      finding.line = start.line
      finding.column = start.column
      finding.endLine = end.line
      finding.endColumn = end.column
    }
    const shifted = bom ? directives.map((d) => ({...d, start: d.start + bom, end: d.end + bom})) : directives
    return withoutRepeats(applyDirectives(found, shifted, source, lines).sort(compareFindings))
  }
}

function parseChunk(text: string, format: Format): ParsedChunk {
  const {blocks, directives} = parse(text, format)
  return {
    directives,
    blocks: blocks.map((block) => {
      const {start, end} = block.map.toSource(0, block.text.length)
      return {block, start, key: `${block.kind}\u0000${block.text}\u0000${text.slice(start, end)}`}
    }),
  }
}

/**
 * Splits the configuration into rules that judge each block alone and rules that read the
 * whole document (they keep state across blocks and report from `end()`: marks paired
 * across paragraphs, consistency): the latter cannot be cached per block.
 */
function splitConfig(config: Config): Pick<CacheState, 'blockConfig' | 'documentConfig'> {
  const documentWide = resolveRules(config)
    .filter(({rule, options}) => rule.create({options, dictionary: {allow: [], replace: {}}, report() {}}).end !== undefined)
    .map(({rule, severity, options}) => [rule.id, [severity, options as Record<string, unknown>]] as const)
  if (documentWide.length === 0) return {blockConfig: config, documentConfig: undefined}
  const off = Object.fromEntries(documentWide.map(([id]) => [id, 'off' as const]))
  const only: Record<string, RuleSetting> = Object.fromEntries(rules.map(({id}) => [id, 'off' as const]))
  for (const [id, setting] of documentWide) only[id] = setting
  return {blockConfig: {...config, rules: {...config.rules, ...off}}, documentConfig: {...config, rules: only}}
}

/** Runs every configured rule on a document or one block; if one throws, runs them one by one without it. */
function lintSafely(document: ParsedDocument, text: string, config: Config, hooks: LintHooks): Finding[] {
  try {
    return lintDocument(document, text, config)
  } catch {
    const findings: Finding[] = []
    for (const {rule, severity, options} of resolveRules(config)) {
      const only = Object.fromEntries(rules.map(({id}) => [id, id === rule.id ? [severity, options] : 'off']))
      try {
        findings.push(...lintDocument(document, text, {...config, rules: only} as Config))
      } catch (error) {
        hooks.onRuleError?.(rule.id, error)
      }
    }
    return findings.sort(compareFindings)
  }
}
