import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {check, fix, formatOfPath, type Finding, type Format} from '@shenjiao/core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {CodeAction, Diagnostic, Hover, TextEdit} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {repoRoot, sleep, startClient, type TestClient} from './harness.js'

const languageIds: Record<Format, string> = {markdown: 'markdown', html: 'html', text: 'plaintext'}
const examples = ['tongzhi.md', 'article.html', 'jiedu.txt'].map((name) => {
  const file = join(repoRoot, 'examples', name)
  const format = formatOfPath(file)!
  return {name, format, languageId: languageIds[format], uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8')}
})

/** The diagnostic the server should send for a finding. */
function expectedDiagnostic(finding: Finding): Diagnostic {
  return {
    range: {start: {line: finding.line - 1, character: finding.column - 1}, end: {line: finding.endLine - 1, character: finding.endColumn - 1}},
    severity: {error: 1, warning: 2, info: 3}[finding.severity] as Diagnostic['severity'],
    code: finding.ruleId,
    codeDescription: {href: finding.url},
    source: 'shenjiao',
    message: finding.message,
    data: {expected: finding.expected, fixable: finding.fixable ?? null},
  }
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 1, text), edits)
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  return action.edit?.changes?.[uri] ?? []
}

describe('push: a client without pull diagnostics (Neovim 0.7)', () => {
  let client: TestClient
  beforeAll(async () => {
    client = await startClient()
  })
  afterAll(async () => {
    expect(await client.stop()).toBe(0)
  })

  it('announces no diagnostic provider and refuses pulls', async () => {
    expect(client.initializeResult.capabilities.diagnosticProvider).toBeUndefined()
    expect(client.initializeResult.capabilities.textDocumentSync).toEqual({openClose: true, change: 2})
    const {uri, languageId, text} = examples[0]!
    client.open(uri, languageId, text)
    await expect(client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})).rejects.toThrow(/Unhandled method|not found/i)
  })

  it.each(examples)('publishes exactly the findings of check() for examples/$name', async ({uri, languageId, text, format}) => {
    client.open(uri, languageId, text)
    const diagnostics = await client.diagnosticsFor(uri, 1)
    expect(diagnostics).toEqual(check(text, {format}).map(expectedDiagnostic))
    expect(diagnostics.length).toBeGreaterThan(0)
  })

  it('follows incremental changes and publishes for the new version', async () => {
    const {uri, languageId, text} = examples[2]!
    const own = `${uri}#changes`
    client.open(own, languageId, text)
    await client.diagnosticsFor(own, 1)
    const edit = {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: '新增一行,测试。\n'}
    const document = client.change(own, [edit])
    const diagnostics = await client.diagnosticsFor(own, 2)
    expect(diagnostics).toEqual(check(document.getText(), {format: 'text'}).map(expectedDiagnostic))
    expect(diagnostics[0]!.range.start).toEqual({line: 0, character: 4})
    // A burst of keystrokes: only the final text matters.
    let latest = document
    for (const char of '的的确确') latest = client.change(own, [{range: {start: {line: 1, character: 0}, end: {line: 1, character: 0}}, newText: char}])
    expect(await client.diagnosticsFor(own, latest.version)).toEqual(check(latest.getText(), {format: 'text'}).map(expectedDiagnostic))
  })

  it('offers each expected value as a quick fix, fix all of a rule, ignore the line and the docs', async () => {
    const {uri, text} = examples[0]!
    const diagnostics = await client.diagnosticsFor(uri, 1)
    const comma = diagnostics.find((d) => d.code === 'punctuation/no-halfwidth-in-chinese')!
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: comma.range,
      context: {diagnostics: [comma]},
    })) as CodeAction[]
    const titles = actions.map((action) => action.title)
    expect(titles).toContain('改为“，”')
    expect(titles).toContain('忽略此行的 punctuation/no-halfwidth-in-chinese 问题')
    expect(titles).toContain('查看规则说明：punctuation/no-halfwidth-in-chinese')
    const quickFix = actions.find((action) => action.isPreferred)!
    const fixed = applyEdits(text, editsOf(quickFix, uri))
    expect(fixed).toBe(text.slice(0, comma.range.start.character + offsetOfLine(text, comma.range.start.line)) + '，' + text.slice(offsetOfLine(text, comma.range.start.line) + comma.range.end.character))
    expect(check(fixed, {format: 'markdown'}).filter((f) => f.ruleId === comma.code)).toHaveLength(
      check(text, {format: 'markdown'}).filter((f) => f.ruleId === comma.code).length - 1,
    )
    const ignore = actions.find((action) => action.title.startsWith('忽略此行'))!
    const ignored = applyEdits(text, editsOf(ignore, uri))
    const remaining = check(ignored, {format: 'markdown'})
    expect(remaining.filter((f) => f.ruleId === comma.code)).toHaveLength(check(text, {format: 'markdown'}).filter((f) => f.ruleId === comma.code).length - 1)
    const docs = actions.find((action) => action.title.startsWith('查看规则说明'))!
    await client.connection.sendRequest('workspace/executeCommand', docs.command)
    expect(client.shown.at(-1)).toMatch(/^showDocument file:.*no-halfwidth-in-chinese\.md$/)
  })

  it('ignores a line in HTML with a comment line above it', async () => {
    const {uri, text} = examples[1]!
    const diagnostics = await client.diagnosticsFor(uri, 1)
    for (const diagnostic of diagnostics) {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})) as CodeAction[]
      const ignore = actions.find((action) => action.title.startsWith('忽略此行'))!
      const after = check(applyEdits(text, editsOf(ignore, uri)), {format: 'html'})
      const sameRule = (f: Finding): boolean => f.ruleId === diagnostic.code
      expect(after.filter(sameRule).length).toBeLessThan(check(text, {format: 'html'}).filter(sameRule).length)
    }
  })

  it('fixes all safe problems with source.fixAll.shenjiao and with the fix-all command', async () => {
    for (const {uri, text, format} of examples) {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: {uri},
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        context: {diagnostics: [], only: ['source.fixAll']},
      })) as CodeAction[]
      expect(actions.map((action) => action.kind)).toEqual(['source.fixAll.shenjiao'])
      expect(applyEdits(text, editsOf(actions[0]!, uri))).toBe(fix(text, {format}).output)
    }
    const {uri, languageId, text, format} = examples[2]!
    const own = `${uri}#fix-all`
    client.open(own, languageId, text)
    await client.connection.sendRequest('workspace/executeCommand', {command: 'shenjiao.fixAll', arguments: [own]})
    expect(client.documents.get(own)!.getText()).toBe(fix(text, {format}).output)
  })

  it('offers no ignore-line action in plain text, which has no comments, but the project dictionary', async () => {
    const {uri, text} = examples[2]!
    const diagnostics = await client.diagnosticsFor(uri, 1)
    const repeated = diagnostics.find((d) => d.code === 'typo/no-repeated-word')!
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: repeated.range, context: {diagnostics: [repeated]}})) as CodeAction[]
    expect(actions.some((action) => action.title.startsWith('忽略此行'))).toBe(false)
    expect(actions.map((action) => action.title)).toContain('将“的的”加入项目词典（.shenjiaorc）')
    expect(text).toContain('的的')
  })

  it('explains a finding on hover: explanation, standard and examples from the rule document', async () => {
    const {uri} = examples[0]!
    const diagnostics = await client.diagnosticsFor(uri, 1)
    const comma = diagnostics.find((d) => d.code === 'punctuation/no-halfwidth-in-chinese')!
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: comma.range.start})) as Hover
    const value = (hover.contents as {kind: string; value: string}).value
    expect((hover.contents as {kind: string}).kind).toBe('markdown')
    expect(value).toContain('**punctuation/no-halfwidth-in-chinese**')
    expect(value).toContain('依据：GB/T 15834')
    expect(value).toContain('✗ 错误')
    expect(value).toContain('✓ 正确')
    expect(hover.range).toEqual(comma.range)
    const nothing = await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 0}})
    expect(nothing).toBeNull()
  })

  it('survives binary-ish and hostile documents', async () => {
    const binary = 'file:///tmp/shenjiao-binary.txt'
    client.open(binary, 'plaintext', '\u0000\u0001PNG\u0000'.repeat(1000))
    expect(await client.diagnosticsFor(binary, 1)).toEqual([])
    const hostile = 'file:///tmp/shenjiao-hostile.md'
    const text = `${'\uD800正文,'.repeat(50)}\n\n${'*'.repeat(5000)}\n\n${'['.repeat(3000)}\n\n${'> '.repeat(2000)}的的\n`
    client.open(hostile, 'markdown', text)
    expect(await client.diagnosticsFor(hostile, 1)).toEqual(check(text, {format: 'markdown'}).map(expectedDiagnostic))
  })
})

function offsetOfLine(text: string, line: number): number {
  let offset = 0
  for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1
  return offset
}

describe('pull: a client with pull diagnostics (VS Code)', () => {
  let client: TestClient
  beforeAll(async () => {
    client = await startClient({pull: true})
  })
  afterAll(async () => {
    expect(await client.stop()).toBe(0)
  })

  it('answers pulls with the findings of check() and never pushes', async () => {
    expect(client.initializeResult.capabilities.diagnosticProvider).toEqual({identifier: 'shenjiao', interFileDependencies: false, workspaceDiagnostics: false})
    for (const {uri, languageId, text, format} of examples) {
      client.open(uri, languageId, text)
      const report = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})) as {kind: string; resultId: string; items: Diagnostic[]}
      expect(report.kind).toBe('full')
      expect(report.items).toEqual(check(text, {format}).map(expectedDiagnostic))
      const again = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}, previousResultId: report.resultId})) as {kind: string}
      expect(again).toEqual({kind: 'unchanged', resultId: report.resultId})
    }
    const {uri} = examples[2]!
    const document = client.change(uri, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: '第一行,有错。\n'}])
    const report = (await client.connection.sendRequest('textDocument/diagnostic', {textDocument: {uri}})) as {items: Diagnostic[]}
    expect(report.items).toEqual(check(document.getText(), {format: 'text'}).map(expectedDiagnostic))
    await sleep(300)
    expect(client.published).toEqual([])
  })
})

describe('workspace configuration', () => {
  let client: TestClient
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shenjiao-ls-'))
    client = await startClient({rootUri: pathToFileURL(dir).href})
  })
  afterAll(async () => {
    expect(await client.stop()).toBe(0)
  })

  it('applies a changed .shenjiaorc.json to open documents without a restart', async () => {
    const file = join(dir, 'notice.md')
    const text = '# 通知\n\n会议召开,请准时参加。\n\n请各单位的的认真落实。\n'
    writeFileSync(file, text)
    const uri = pathToFileURL(file).href
    client.open(uri, 'markdown', text)
    const before = await client.diagnosticsFor(uri, 1)
    expect(before.map((d) => d.code)).toEqual(['punctuation/no-halfwidth-in-chinese', 'typo/no-repeated-word'])
    const count = client.published.length
    writeFileSync(join(dir, '.shenjiaorc.json'), JSON.stringify({rules: {'punctuation/no-halfwidth-in-chinese': 'off'}}))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(join(dir, '.shenjiaorc.json')).href, type: 1}]})
    const after = await client.diagnosticsFor(uri, 1, (diagnostics) => diagnostics.length === 1, count)
    expect(after.map((d) => d.code)).toEqual(['typo/no-repeated-word'])
  })

  it('adds a word to the project dictionary and checks again', async () => {
    const file = join(dir, 'notice.md')
    const uri = pathToFileURL(file).href
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 4, character: 4}, end: {line: 4, character: 6}},
      context: {diagnostics: []},
    })) as CodeAction[]
    const add = actions.find((action) => action.command?.command === 'shenjiao.addToDictionary')!
    expect(add.title).toBe('将“的的”加入项目词典（.shenjiaorc）')
    const count = client.published.length
    await client.connection.sendRequest('workspace/executeCommand', add.command)
    expect(JSON.parse(readFileSync(join(dir, '.shenjiaorc.json'), 'utf8'))).toEqual({
      rules: {'punctuation/no-halfwidth-in-chinese': 'off'},
      dictionary: {allow: ['的的']},
    })
    await client.diagnosticsFor(uri, 1, (diagnostics) => diagnostics.length === 0, count)
  })

  it('reports an invalid configuration and keeps checking', async () => {
    const file = join(dir, 'notice.md')
    const uri = pathToFileURL(file).href
    const count = client.published.length
    writeFileSync(join(dir, '.shenjiaorc.json'), '{"rules": {"no/such-rule": "error"}}')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(join(dir, '.shenjiaorc.json')).href, type: 2}]})
    const diagnostics = await client.diagnosticsFor(uri, 1, (list) => list.length === 2, count)
    expect(diagnostics.map((d) => d.code)).toEqual(['punctuation/no-halfwidth-in-chinese', 'typo/no-repeated-word'])
    expect(client.shown.some((message) => message.includes('no/such-rule'))).toBe(true)
  })
})

describe('a rule that throws', () => {
  it('is logged and skipped; the other rules still report and the server lives on', async () => {
    const preload = pathToFileURL(join(repoRoot, 'test/language-server/fixtures/register-throwing-rule.mjs')).href
    const client = await startClient({env: {NODE_OPTIONS: `--import=${preload}`}})
    const uri = 'file:///tmp/shenjiao-throw.txt'
    client.open(uri, 'plaintext', '会议召开,请准时参加。\n')
    const diagnostics = await client.diagnosticsFor(uri, 1)
    expect(diagnostics.map((d) => d.code)).toEqual(['punctuation/no-halfwidth-in-chinese'])
    expect(client.logs.some((line) => line.includes('typo/throws-for-test') && line.includes('boom'))).toBe(true)
    const document = client.change(uri, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: '再来,'}])
    expect((await client.diagnosticsFor(uri, document.version)).length).toBe(2)
    expect(await client.stop()).toBe(0)
  })
})

describe('user dictionaries, display severities and clients that do not watch files', () => {
  it('watches the configuration itself when the client cannot (Neovim 0.7)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shenjiao-ls-'))
    const client = await startClient({rootUri: pathToFileURL(dir).href, watchFiles: false})
    const file = join(dir, 'notice.txt')
    const text = '会议召开,请准时参加。\n'
    writeFileSync(file, text)
    const uri = pathToFileURL(file).href
    client.open(uri, 'plaintext', text)
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toEqual(['punctuation/no-halfwidth-in-chinese'])
    const count = client.published.length
    writeFileSync(join(dir, '.shenjiaorc.json'), JSON.stringify({rules: {'punctuation/no-halfwidth-in-chinese': 'off'}}))
    expect(await client.diagnosticsFor(uri, 1, (list) => list.length === 0, count)).toEqual([])
    expect(await client.stop()).toBe(0)
  })

  it('applies user dictionary files from the settings, and their changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shenjiao-ls-'))
    writeFileSync(join(dir, 'words.txt'), '# 本项目用词\n推近\t推进\n')
    const client = await startClient({rootUri: pathToFileURL(dir).href, settings: {dictionaries: ['words.txt'], severityOverrides: {'typo/*': 'hint'}}})
    const uri = pathToFileURL(join(dir, 'plan.txt')).href
    client.open(uri, 'plaintext', '请认真推近落实，确保按期完成。\n')
    const diagnostics = await client.diagnosticsFor(uri, 1)
    expect(diagnostics.map((d) => [d.code, d.severity, (d.data as {expected: string[]}).expected])).toEqual([['typo/user-dictionary', 4, ['推进']]])
    const count = client.published.length
    writeFileSync(join(dir, 'words.txt'), '落实\t贯彻\n')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(join(dir, 'words.txt')).href, type: 2}]})
    // 部暑, no longer a project word, is now typo/suspicious-character's to report.
    const fromDictionary = (list: readonly Diagnostic[]) => list.filter((d) => d.code === 'typo/user-dictionary')
    const after = await client.diagnosticsFor(uri, 1, (list) => fromDictionary(list)[0]?.message.includes('贯彻') === true, count)
    expect(fromDictionary(after).map((d) => (d.data as {expected: string[]}).expected)).toEqual([['贯彻']])
    expect(await client.stop()).toBe(0)
  })

  it('never puts a full identifier in a privacy diagnostic or its quick fix', async () => {
    const client = await startClient()
    const uri = 'file:///tmp/shenjiao-privacy.txt'
    const id = '110101199003074514'
    const text = `经审核，申请人张三（身份证号：${id}，联系电话：13812345678）符合条件，现予公示。\n`
    client.open(uri, 'plaintext', text)
    const diagnostics = await client.diagnosticsFor(uri, 1)
    const privacy = diagnostics.filter((d) => String(d.code).startsWith('privacy/'))
    expect(privacy.length).toBeGreaterThan(0)
    for (const diagnostic of privacy) {
      expect(diagnostic.message).not.toContain(id)
      expect(diagnostic.message).not.toContain('13812345678')
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}, range: diagnostic.range, context: {diagnostics: [diagnostic]}})) as CodeAction[]
      for (const action of actions) expect(action.title).not.toMatch(/110101199003074514|13812345678/)
      const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: diagnostic.range.start})) as Hover
      expect((hover.contents as {value: string}).value).not.toContain(id)
    }
    expect(await client.stop()).toBe(0)
  })
})

describe('site-level linkage: the workspace folder as a site', () => {
  let client: TestClient
  let dir: string
  const policyText = '# 某市人民政府关于印发某市支持中小企业高质量发展若干措施的通知\n\n某政发〔2026〕3号\n\n各区人民政府：现将《若干措施》印发给你们。\n'
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shenjiao-site-'))
    mkdirSync(join(dir, 'zwgk'))
    mkdirSync(join(dir, 'zcjd'))
    writeFileSync(join(dir, 'zwgk', 'cuoshi.md'), policyText)
    writeFileSync(join(dir, 'zcjd', 'jiedu.md'), '# 《某市支持中小企业高质量发展若干措施》政策解读\n\n原文见[通知](../zwgk/cuoshi.md)。\n')
    client = await startClient({rootUri: pathToFileURL(dir).href, watchFiles: true})
  })
  afterAll(async () => {
    expect(await client.stop()).toBe(0)
  })

  it('shows on an open policy that its interpretation, a file on disk, is not linked back; an added link clears it', async () => {
    const uri = pathToFileURL(join(dir, 'zwgk', 'cuoshi.md')).href
    client.open(uri, 'markdown', policyText)
    const [linkage] = await client.diagnosticsFor(uri, 1, (list) => list.length > 0)
    expect(linkage).toMatchObject({
      code: 'linkage/two-way',
      range: {start: {line: 0, character: 2}, end: {line: 0, character: 32}},
      message: '政策文件未链接其解读“《某市支持中小企业高质量发展若干措施》政策解读”（zcjd/jiedu.md），政策文件与解读应双向关联',
    })
    const count = client.published.length
    client.change(uri, [{range: {start: {line: 4, character: 0}, end: {line: 4, character: 0}}, newText: '解读见[政策解读](../zcjd/jiedu.md)。\n\n'}])
    await client.diagnosticsFor(uri, 2, (list) => list.length === 0, count)
  })

  it('sees an interpretation change on disk once the client reports it', async () => {
    const uri = pathToFileURL(join(dir, 'zwgk', 'cuoshi.md')).href
    const interpretation = join(dir, 'zcjd', 'wenda.md')
    const count = client.published.length
    writeFileSync(interpretation, '# 政策问答\n\n某政发〔2026〕3号文件印发后，企业关心的问题如下。\n')
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(interpretation).href, type: 1}]})
    const diagnostics = await client.diagnosticsFor(uri, 2, (list) => list.length > 0, count)
    expect(diagnostics.map((d) => d.message)).toEqual(['政策文件未链接其解读“政策问答”（zcjd/wenda.md），政策文件与解读应双向关联'])
  })
})
