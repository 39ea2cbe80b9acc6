// The VS Code extension's server bundle (packages/vscode/dist/server.cjs): built here with
// esbuild, started over node IPC as VS Code starts it, and without @node-rs/jieba.
import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {check, configSchema} from '@shenjiao/core'
import {beforeAll, describe, expect, it} from 'vitest'
import type {Diagnostic, Hover} from 'vscode-languageserver'
import {repoRoot, startClient} from './harness.js'

const dist = join(repoRoot, 'packages/vscode/dist')
const file = join(repoRoot, 'examples/tongzhi.md')
const text = readFileSync(file, 'utf8')
const uri = pathToFileURL(file).href
const codes = (findings: Array<{ruleId: string}>): string[] => findings.map((finding) => finding.ruleId)

describe('the bundled server', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(repoRoot, 'packages/vscode/esbuild.js')], {stdio: 'pipe'})
  }, 60_000)

  it('answers pulls over node IPC and explains findings from the bundled rule documents', async () => {
    const client = await startClient({server: join(dist, 'server.cjs'), transport: 'ipc', pull: true})
    client.open(uri, 'markdown', text)
    const report = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})) as {items: Diagnostic[]}
    expect(report.items.map((d) => d.code)).toEqual(codes(check(text, {format: 'markdown'})))
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: report.items[0]!.range.start})) as Hover
    expect((hover.contents as {value: string}).value).toContain('依据：')
    expect(await client.stop()).toBe(0)
  })

  it('without @node-rs/jieba, says so once and runs every rule that needs no segmentation', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'shenjiao-bundle-'))
    cpSync(dist, bare, {recursive: true, filter: (source) => !source.includes('node_modules')})
    const client = await startClient({server: join(bare, 'server.cjs')})
    const withRepeat = `${text}\n请各单位的的认真落实,按时报送。\n`
    client.open(uri, 'markdown', withRepeat)
    const diagnostics = await client.diagnosticsFor(uri, 1)
    // Without segmentation typo/confused-word cannot confirm 部暑, so the detector's own
    // report of it, which check() drops as a repeat of the wider one, shows instead.
    const expected = [
      ...check(withRepeat, {format: 'markdown'}),
      ...check(withRepeat, {format: 'markdown', config: {rules: {'typo/confused-word': 'off'}}}),
    ]
    const shown = diagnostics.map((d) => d.code)
    expect(shown).toContain('punctuation/no-halfwidth-in-chinese')
    expect(shown).not.toContain('typo/no-repeated-word')
    expect(shown.every((code) => expected.some((finding) => finding.ruleId === code))).toBe(true)
    expect(client.logs.filter((line) => line.includes('分词器 node-rs-jieba 不可用'))).toHaveLength(1)
    expect(client.logs.some((line) => line.includes('规则 typo/no-repeated-word 出错，已跳过'))).toBe(true)
    expect(await client.stop()).toBe(0)
  })

  it('ships the .shenjiaorc.json schema its manifest points VS Code to', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages/vscode/package.json'), 'utf8')) as {
      contributes: {jsonValidation: Array<{fileMatch: string[]; url: string}>}
    }
    const [validation] = manifest.contributes.jsonValidation
    expect(validation!.fileMatch).toEqual(['.shenjiaorc.json'])
    const schema = JSON.parse(readFileSync(join(repoRoot, 'packages/vscode', validation!.url), 'utf8'))
    expect(schema).toEqual(configSchema())
  })
})
