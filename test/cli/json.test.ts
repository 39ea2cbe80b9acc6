import {describe, expect, it} from 'vitest'
import {fixture, runCli, texts} from './run-cli.js'

const findingFields = ['ruleId', 'category', 'severity', 'message', 'offset', 'length', 'line', 'column', 'endLine', 'endColumn', 'actual', 'expected', 'url']

describe('--format json', () => {
  it('writes {version, files, site, summary} with every finding field', async () => {
    const cwd = await fixture({
      'docs/a.md': `${texts.halfwidthComma}\n\n${texts.straySpace}\n`,
      'docs/sub/b.txt': texts.repeatedWord,
      'docs/sub/c.html': `<p>${texts.clean}</p>`,
    })
    const result = await runCli(['check', './docs', '--format', 'json'], {cwd})
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(Object.keys(report)).toEqual(['version', 'files', 'site', 'summary'])
    expect(report.site).toEqual([])
    expect(report.version).toBe(1)
    expect(report.files.map((file: {path: string}) => file.path)).toEqual(['docs/a.md', 'docs/sub/b.txt', 'docs/sub/c.html'])
    const [a, b, c] = report.files
    expect(Object.keys(a)).toEqual(['path', 'findings'])
    expect(c.findings).toEqual([])
    for (const finding of [...a.findings, ...b.findings]) {
      for (const field of findingFields) expect(finding).toHaveProperty(field)
    }
    expect(a.findings[0]).toMatchObject({
      ruleId: 'punctuation/no-halfwidth-in-chinese',
      category: 'punctuation',
      severity: 'error',
      offset: 9,
      length: 1,
      line: 1,
      column: 10,
      endLine: 1,
      endColumn: 11,
      actual: ',',
      expected: ['，'],
      fixable: 'safe',
    })
    expect(b.findings[0]).toMatchObject({ruleId: 'typo/no-repeated-word', actual: '的的'})
    expect(report.summary).toEqual({files: 3, findings: 3, error: 2, warning: 1, info: 0, byCategory: {punctuation: 2, typo: 1}})
  })

  it('shows a named path as given, with forward slashes', async () => {
    const cwd = await fixture({'docs/a.md': texts.halfwidthComma})
    const report = JSON.parse((await runCli(['check', './docs/a.md', '--format', 'json'], {cwd})).stdout)
    expect(report.files[0].path).toBe('./docs/a.md')
  })

  it('is valid, with an empty file list, when every file fails', async () => {
    const cwd = await fixture({})
    const result = await runCli(['check', 'missing.md', '--format', 'json'], {cwd})
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      files: [],
      site: [],
      summary: {files: 0, findings: 0, error: 0, warning: 0, info: 0, byCategory: {}},
    })
  })
})

describe('standard input', () => {
  it('checks `-` as text by default', async () => {
    const result = await runCli(['check', '-', '--format', 'json'], {input: texts.halfwidthComma})
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.files[0].path).toBe('<stdin>')
    expect(report.files[0].findings[0]).toMatchObject({column: 10, actual: ','})
  })

  it('takes the format and the configuration from --stdin-filepath, and the format from --stdin-format', async () => {
    const cwd = await fixture({'docs/.shenjiaorc.json': JSON.stringify({rules: {'punctuation/no-halfwidth-in-chinese': 'warning'}})})
    const markdown = `<!-- ${texts.halfwidthComma} -->\n\n**${texts.halfwidthComma}**\n`
    const result = await runCli(['check', '-', '--stdin-filepath', 'docs/a.md', '--format', 'json'], {cwd, input: markdown})
    const report = JSON.parse(result.stdout)
    expect(report.files[0].path).toBe('docs/a.md')
    expect(report.files[0].findings).toHaveLength(1)
    expect(report.files[0].findings[0]).toMatchObject({line: 3, column: 12, severity: 'warning'})
    expect(result.code).toBe(0)

    const html = `<p title="a,b">${texts.halfwidthComma}</p>`
    const asHtml = await runCli(['check', '-', '--stdin-format', 'html', '--format', 'json'], {cwd, input: html})
    expect(JSON.parse(asHtml.stdout).files[0].findings[0]).toMatchObject({column: 25})
  })

  it('exits 2 for binary input', async () => {
    const result = await runCli(['check', '-'], {input: Buffer.from([0x41, 0, 0x42])})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('<stdin>：')
  })
})
