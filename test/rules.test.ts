/**
 * Every rule: its `.md` and `.test.ts` sit beside it, its id is its path, and every example
 * in its docs is run through the rule tester (so also as Markdown, as HTML and behind `𠮷`).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {rules, ruleIds, siteRules, validateConfig, type Format, type Rule} from '@shenjiao/core'
import {messageIdsOf, ruleTester, type ExpectedError, type InvalidCase, type ValidCase} from '@shenjiao/core/testing'
import {describe, expect, it} from 'vitest'

const rulesDir = fileURLToPath(new URL('../packages/core/src/rules/', import.meta.url))
const formats: readonly string[] = ['text', 'markdown', 'html']
const sections = ['## 示例', '## 选项', '## 何时关闭']

/** One fenced block of a rule's docs. */
interface Fence {
  info: string
  body: string
  /** 1-based line of the opening fence, to point at a failing example. */
  line: number
  /** Whether it lies in the `## 示例` section. */
  inExamples: boolean
}

function fencesOf(markdown: string): Fence[] {
  const fences: Fence[] = []
  const lines = markdown.split('\n')
  let section = ''
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.startsWith('## ')) section = line
    if (!line.startsWith('```')) continue
    const close = lines.findIndex((candidate, j) => j > i && candidate === '```')
    if (close === -1) throw new Error(`Unclosed fence at line ${i + 1}`)
    fences.push({info: line.slice(3).trim(), body: lines.slice(i + 1, close).join('\n'), line: i + 1, inExamples: section === '## 示例'})
    i = close
  }
  return fences
}

const exampleInfo = /^(\w+) (ok|not-ok|output|fixed)(?: +(\{.*\}))?$/
const outputLine = /^(\d+):(\d+)-(\d+):(\d+): (.+)$/

/** The docs' examples as rule-tester cases; `output` fences become expected errors. */
function casesOf(rule: Rule<string, any>, fences: readonly Fence[]): {valid: ValidCase[]; invalid: InvalidCase[]} {
  const valid: ValidCase[] = []
  const invalid: InvalidCase[] = []
  let current: InvalidCase | undefined
  for (const fence of fences) {
    const match = exampleInfo.exec(fence.info)
    if (!match) {
      if (fence.inExamples) throw new Error(`Line ${fence.line}: a fence in 示例 must be \`<format> ok|not-ok|output|fixed\`, got "${fence.info}"`)
      if (fence.info === 'json') validateConfig(JSON.parse(fence.body), ruleIds, `line ${fence.line}`)
      continue
    }
    const [, format, kind, meta] = match
    if (!formats.includes(format!)) throw new Error(`Line ${fence.line}: unknown format "${format}"`)
    const name = `示例第 ${fence.line} 行`
    if (kind === 'ok' || kind === 'not-ok') {
      const entry: ValidCase = {name, text: fence.body, format: format as Format, ...metaOf(meta, fence.line)}
      if (kind === 'ok') {
        valid.push(entry)
        current = undefined
      } else {
        current = {...entry, errors: []}
        invalid.push(current)
      }
      continue
    }
    if (!current) throw new Error(`Line ${fence.line}: an \`${kind}\` fence must follow a \`not-ok\` one`)
    if (kind === 'fixed') current.output = fence.body
    else current.errors = fence.body.split('\n').map((line) => expectedError(rule, line, fence.line))
  }
  return {valid, invalid}
}

function metaOf(meta: string | undefined, line: number): Pick<ValidCase, 'options' | 'config'> {
  if (meta === undefined) return {}
  const data = JSON.parse(meta) as Record<string, unknown>
  const unknown = Object.keys(data).filter((key) => key !== 'options' && key !== 'config')
  if (unknown.length > 0) throw new Error(`Line ${line}: unknown example metadata ${unknown.join(', ')} (use options, config)`)
  const result: Pick<ValidCase, 'options' | 'config'> = {}
  if (data.options !== undefined) result.options = data.options as Record<string, unknown>
  if (data.config !== undefined) result.config = validateConfig(data.config, ruleIds, `line ${line}`)
  return result
}

function expectedError(rule: Rule<string, any>, line: string, fenceLine: number): ExpectedError {
  const match = outputLine.exec(line)
  if (!match) throw new Error(`Line ${fenceLine}: output lines read \`line:column-endLine:endColumn: message\`, got "${line}"`)
  const [, startLine, column, endLine, endColumn, message] = match
  const messageId = messageIdsOf(rule, message!)[0]
  if (messageId === undefined) throw new Error(`Line ${fenceLine}: no message template of ${rule.id} reads "${message}"`)
  return {messageId, message: message!, line: Number(startLine), column: Number(column), endLine: Number(endLine), endColumn: Number(endColumn)}
}

/** `<category>/<name>.ts` files under `src/rules/`; tests, category lists and shared helpers left out. */
function ruleFiles(): string[] {
  return readdirSync(rulesDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .flatMap((directory) =>
      readdirSync(`${rulesDir}${directory.name}`)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'index.ts')
        .map((file) => `${directory.name}/${file.slice(0, -3)}`),
    )
}

it('registers every rule file', () => {
  expect(ruleFiles().sort()).toEqual([...rules, ...siteRules].map((rule) => rule.id).sort())
})

/** Site rules read a whole site, so their docs' examples are pages shown in prose; their tests build the sites. */
for (const rule of siteRules) {
  const base = `${rulesDir}${rule.id}`
  describe(`${rule.id} files`, () => {
    it('has its code, docs and tests beside each other, and the id of its path', async () => {
      for (const extension of ['.ts', '.md', '.test.ts']) expect(existsSync(`${base}${extension}`), `${rule.id}${extension}`).toBe(true)
      const module = (await import(`${base}.ts`)) as {default: {id: string}}
      expect(module.default.id).toBe(rule.id)
    })

    it('has docs in the house shape', () => {
      const lines = readFileSync(`${base}.md`, 'utf8').split('\n')
      expect(lines[0]).toBe(`# ${rule.id}`)
      expect(lines.filter((line) => line.startsWith('## '))).toEqual(sections)
      const facts = lines.find((line) => line.startsWith('- 依据：')) ?? ''
      expect(facts).toContain(rule.recommended ? `预设：recommended（${rule.severity}` : '预设：无')
    })
  })
}

for (const rule of rules) {
  const base = `${rulesDir}${rule.id}`
  const docs = existsSync(`${base}.md`) ? readFileSync(`${base}.md`, 'utf8') : ''

  describe(`${rule.id} files`, () => {
    it('has its code, docs and tests beside each other', () => {
      expect(existsSync(`${base}.ts`), `${rule.id}.ts`).toBe(true)
      expect(existsSync(`${base}.md`), `${rule.id}.md`).toBe(true)
      expect(existsSync(`${base}.test.ts`), `${rule.id}.test.ts`).toBe(true)
    })

    it('has the id of its path', async () => {
      const module = (await import(`${base}.ts`)) as {default: Rule<string, unknown>}
      expect(module.default.id).toBe(rule.id)
    })

    it('has docs in the house shape', () => {
      const lines = docs.split('\n')
      expect(lines[0]).toBe(`# ${rule.id}`)
      const headings = lines.filter((line) => line.startsWith('## '))
      expect(headings).toEqual(sections)
      const facts = lines.find((line) => line.startsWith('- 依据：')) ?? ''
      const fix = rule.fixable === 'safe' ? '修复：安全' : rule.fixable === 'suggest' ? '修复：建议' : '修复：无'
      const preset = rule.recommended ? `预设：recommended（${rule.severity}` : '预设：无'
      expect(facts).toContain(fix)
      expect(facts).toContain(preset)
      const kinds = fencesOf(docs).map((fence) => exampleInfo.exec(fence.info)?.[2])
      expect(kinds).toContain('ok')
      expect(kinds).toContain('not-ok')
    })
  })

  // Without docs the file checks above fail; an empty suite would only add noise.
  if (docs !== '') {
    describe(`${rule.id} docs`, () => {
      ruleTester.run(rule, casesOf(rule, fencesOf(docs)))
    })
  }
}
