import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {check, formatOfPath, rules, type Config, type Format, type Rule} from '@shenjiao/core'
import {describe, expect, it} from 'vitest'
import {splitChunks} from '../../packages/language-server/src/chunks.js'
import {DocumentLinter, StaleCheck} from '../../packages/language-server/src/lint.js'
// A plain-JS fixture, shared with the server preload in protocol.test.ts.
import {throwingRule} from './fixtures/throwing-rule.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
/** The shared corpus, outside the repository: used when present (as test/corpus does). */
const corpus = process.env.SHENJIAO_CORPUS_ROOT ?? join(root, '../shared/corpus')
const examples = readdirSync(join(root, 'examples'))
  .filter((file) => formatOfPath(file) && file !== 'README.md')
  .map((file) => ({file, format: formatOfPath(file)!, text: readFileSync(join(root, 'examples', file), 'utf8')}))

/** Markdown whose structure crosses blank lines: the chunker must not cut inside it. */
const tricky = [
  '---\ntitle: 标题\n\nnote: 空行,在前置元数据里\n---\n\n正文,一。\n',
  '```\n代码,不查\n\n仍是代码,不查\n```\n\n正文,二。\n',
  '<!--\nshenjiao-disable punctuation/no-halfwidth-in-chinese\n\n-->\n\n正文,三。\n\n<!-- shenjiao-enable -->\n\n正文,四。\n',
  '- 列表,一\n\n  续行,二\n\n- 列表,三\n\n段落,四\n',
  '> 引用,一\n\n> 引用,二\n\n正文 正文\n',
  '[链接,一][ref]\n\n[ref]: https://example.gov.cn\n\n正文,二\n',
  '<script>\nvar a = "脚本,一"\n\nvar b = "脚本,二"\n</script>\n\n正文,三\n',
  '| 甲 | 乙 |\n| --- | --- |\n| 表格,一 | 组织 抽查 |\n\n正文的的问题\n',
  '<!-- shenjiao-disable-next-line -->\n\n下一行,不报\n\n这一行,要报\n',
  '# 标题,一\r\n\r\n正文,二\r\n\r\n𠮷正文,三\r\n',
  '---\ntitle: 标题\n\ndate: 2026-03-02 正在输入---\n\n正文,一。\n\n正文 二\n',
]

function sameAsCheck(text: string, format: Format, config: Config = {}): Promise<void> {
  return new DocumentLinter(format).lint(text, config).then((findings) => {
    expect(findings).toEqual(check(text, {format, config}))
  })
}

describe('DocumentLinter', () => {
  it.each(examples)('gives check() findings for examples/$file', async ({text, format}) => {
    await sameAsCheck(text, format)
  })

  it.each(tricky.map((text, index) => ({index, text})))('gives check() findings for tricky Markdown #$index', async ({text}) => {
    await sameAsCheck(text, 'markdown')
    await sameAsCheck(text, 'text')
  })

  it.skipIf(!existsSync(corpus))('gives check() findings for the shared corpus, in its own format and as Markdown', async () => {
    // Eight documents of each kind keep the suite quick; the whole corpus passes too.
    const files = ['gov-html-samples', 'gov-text']
      .filter((dir) => existsSync(join(corpus, dir)))
      .flatMap((dir) =>
        readdirSync(join(corpus, dir), {recursive: true, encoding: 'utf8'})
          .filter((file) => formatOfPath(file))
          .sort()
          .slice(0, 8)
          .map((file) => join(corpus, dir, file)),
      )
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
      for (const format of new Set([formatOfPath(file)!, 'markdown' as const])) {
        expect(await new DocumentLinter(format).lint(text, {}), `${file} as ${format}`).toEqual(check(text, {format}))
      }
    }
  }, 120_000)

  it('counts a BOM the editor holds as a character of line 1', async () => {
    const text = '# 标题,一\r\n\r\n正文,二\r\n'
    const findings = await new DocumentLinter('markdown').lint(`\uFEFF${text}`, {})
    const shifted = check(text, {format: 'markdown'}).map((finding) => ({
      ...finding,
      offset: finding.offset + 1,
      column: finding.line === 1 ? finding.column + 1 : finding.column,
      endColumn: finding.endLine === 1 ? finding.endColumn + 1 : finding.endColumn,
    }))
    expect(findings).toEqual(shifted)
  })

  it('stays equal to check() through a series of edits, reusing its caches', async () => {
    const markdown = examples.find(({format}) => format === 'markdown')!.text
    const linter = new DocumentLinter('markdown')
    let text = markdown.repeat(3)
    for (let step = 0; step < 40; step++) {
      const at = (step * 7919) % text.length
      text = step % 3 === 2 ? text.slice(0, at) + text.slice(at + 1) : `${text.slice(0, at)}${step % 2 ? ',' : '的的'}${text.slice(at)}`
      expect(await linter.lint(text, {})).toEqual(check(text, {format: 'markdown'}))
    }
  })

  it('drops its caches when the configuration changes', async () => {
    const {text} = examples.find(({format}) => format === 'markdown')!
    const linter = new DocumentLinter('markdown')
    await linter.lint(text, {})
    const config: Config = {rules: {'punctuation/no-halfwidth-in-chinese': 'off'}}
    expect(await linter.lint(text, config)).toEqual(check(text, {format: 'markdown', config}))
  })

  it('skips a rule that throws and keeps the others', async () => {
    const errors: string[] = []
    const throwing = throwingRule as Rule<string, unknown>
    const registry = rules as Array<Rule<string, unknown>>
    registry.push(throwing)
    try {
      const text = '会议召开,请准时参加。'
      const findings = await new DocumentLinter('text').lint(text, {}, {onRuleError: (id) => errors.push(id)})
      expect(findings.map((finding) => finding.ruleId)).toEqual(['punctuation/no-halfwidth-in-chinese'])
      expect(errors).toEqual(['typo/throws-for-test'])
    } finally {
      registry.splice(registry.indexOf(throwing), 1)
    }
  })

  it('abandons a check when the document goes stale', async () => {
    const text = examples.find(({format}) => format === 'markdown')!.text.repeat(200)
    await expect(new DocumentLinter('markdown').lint(text, {}, {isStale: () => true})).rejects.toBeInstanceOf(StaleCheck)
  })
})

describe('splitChunks', () => {
  it('cuts Markdown before column-0 lines after blank lines, and nowhere else', () => {
    const chunks = splitChunks('# 一\n\n段落\n续行\n\n  缩进\n\n```\n\n代码\n```\n\n尾\n', 'markdown')
    expect(chunks.map((chunk) => chunk.text)).toEqual(['# 一\n\n', '段落\n续行\n\n  缩进\n\n', '```\n\n代码\n```\n\n', '尾\n'])
    expect(chunks.map((chunk) => chunk.start)).toEqual([0, 5, 18, 31])
  })

  it('reads front matter that never closes as Markdown, as the parser does', () => {
    const text = '---\ntitle: 标题\n\n正文,一。\n\n正文,二。\n'
    expect(splitChunks(text, 'markdown').length).toBeGreaterThan(1)
    expect(splitChunks(`${text}---\n`, 'markdown')[0]!.text).toBe(`${text}---\n`)
  })

  it('keeps a document with reference definitions whole', () => {
    expect(splitChunks('[a][b]\n\n[b]: /x\n', 'markdown')).toHaveLength(1)
  })
})
