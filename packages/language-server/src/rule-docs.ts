import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export interface RuleExample {
  /** `text`, `markdown` or `html`. */
  language: string
  code: string
}

/** What a hover shows of a rule's `<rule>.md` (format: STYLE.md, C2). */
export interface RuleDoc {
  file: string
  /** The explanation: the paragraphs between the title and the first list or section. */
  summary: string
  /** The standard and clause the rule enforces (the `依据：` item). */
  basis: string | undefined
  correct: RuleExample[]
  incorrect: RuleExample[]
}

const fence = /^(`{3,}|~{3,})\s*(\w+)(?:\s+([\w-]+))?/

/** Reads the sections of a rule document; unknown or missing parts are left empty. */
export function parseRuleDoc(markdown: string, file: string): RuleDoc {
  const doc: RuleDoc = {file, summary: '', basis: undefined, correct: [], incorrect: []}
  const summary: string[] = []
  let section = ''
  let inSummary = true
  const lines = markdown.split(/\r\n|\r|\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const open = fence.exec(line)
    if (open) {
      const code: string[] = []
      const close = new RegExp(`^${open[1]![0] === '`' ? '`' : '~'}{${open[1]!.length},}\\s*$`)
      for (i++; i < lines.length && !close.test(lines[i]!); i++) code.push(lines[i]!)
      if (section === '示例') {
        const example = {language: open[2]!, code: code.join('\n')}
        if (open[3] === 'ok') doc.correct.push(example)
        else if (open[3] === 'not-ok') doc.incorrect.push(example)
      }
      inSummary = false
      continue
    }
    if (line.startsWith('# ')) continue
    if (line.startsWith('## ')) {
      section = line.slice(3).trim()
      inSummary = false
      continue
    }
    if (/^[-*] /.test(line)) {
      inSummary = false
      const basis = /依据[：:]\s*(.+?)(?:\s+·\s+|$)/.exec(line)
      if (basis && !doc.basis) doc.basis = basis[1]!.trim()
      continue
    }
    if (inSummary) summary.push(line)
  }
  doc.summary = summary.join('\n').trim()
  return doc
}

/**
 * Where the rule documents are: each `<rule>.md` sits beside its rule in
 * @shenjiao/core's `src/rules/<category>/` and ships in the package. The VS Code bundle
 * copies them next to itself and passes that folder in.
 */
export function defaultRuleDocDirs(): string[] {
  const dirs: string[] = []
  if (process.env.SHENJIAO_RULE_DOCS) dirs.push(process.env.SHENJIAO_RULE_DOCS)
  try {
    const main = fileURLToPath(import.meta.resolve('@shenjiao/core'))
    dirs.push(join(dirname(main), '..', 'src', 'rules'))
  } catch {
    // Bundled: import.meta.resolve is not there, the bundle passes its own folder.
  }
  return dirs
}

/** Rule documents, read on first use; a missing or unreadable one is remembered as missing. */
export class RuleDocs {
  readonly #dirs: readonly string[]
  readonly #docs = new Map<string, RuleDoc | undefined>()

  constructor(dirs: readonly string[]) {
    this.#dirs = dirs
  }

  get(ruleId: string): RuleDoc | undefined {
    if (!this.#docs.has(ruleId)) this.#docs.set(ruleId, this.#load(ruleId))
    return this.#docs.get(ruleId)
  }

  /** The local file of a rule's document, if there is one. */
  file(ruleId: string): string | undefined {
    return this.get(ruleId)?.file
  }

  #load(ruleId: string): RuleDoc | undefined {
    if (!/^[a-z]+\/[a-z0-9-]+$/.test(ruleId)) return undefined
    for (const dir of this.#dirs) {
      const file = join(dir, `${ruleId}.md`)
      try {
        if (existsSync(file)) return parseRuleDoc(readFileSync(file, 'utf8'), file)
      } catch {
        // Unreadable: try the next place, then go without.
      }
    }
    return undefined
  }
}
