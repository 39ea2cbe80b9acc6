// End to end with a real editor: Debian's Neovim (0.7) drives the built server over stdio.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {check, checkSite, compareFindings, formatOfPath, type Finding} from '@shenjiao/core'
import {describe, expect, it} from 'vitest'
import type {PublishDiagnosticsParams} from 'vscode-languageserver'
import {repoRoot, serverBin} from './harness.js'

const nvim = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
const available = nvim.status === 0
if (!available) {
  console.warn(
    '\n*** SKIPPED: test/language-server/nvim.test.ts needs Neovim (`apt-get install -y neovim`; .ci/run installs it).' +
      '\n*** The language server was NOT tested end to end with a real editor.\n',
  )
}

interface Run {
  version: string
  error?: string
  publications: PublishDiagnosticsParams[]
  texts: {opened: string; edited: string; fixed: string}
  action: string
}

/** Ranges, codes and messages: what an editor shows, from check() on the same text. */
function shown(findings: Finding[]): unknown[] {
  return findings.map((finding) => ({
    range: {start: {line: finding.line - 1, character: finding.column - 1}, end: {line: finding.endLine - 1, character: finding.endColumn - 1}},
    code: finding.ruleId,
    message: finding.message,
    source: 'shenjiao',
  }))
}

const examples = join(repoRoot, 'examples')

/**
 * What `shenjiao check examples/` reports for `name` holding `text`: its own findings and
 * the site's (the server reads the folder as a site, the example's root_dir).
 */
function expected(name: string, text: string): Finding[] {
  const site = readdirSync(examples)
    .filter((file) => formatOfPath(file) !== undefined)
    .map((file) => ({path: file, text: file === name ? text : readFileSync(join(examples, file), 'utf8'), format: formatOfPath(file)!}))
  return [...check(text, {format: formatOfPath(name)!}), ...(checkSite(site).get(name) ?? [])].sort(compareFindings)
}

function received(publication: PublishDiagnosticsParams): unknown[] {
  return publication.diagnostics.map(({range, code, message, source}) => ({range, code, message, source}))
}

const cases = [
  // Below the front matter: above it, its `---` would underline the new line into a heading.
  {name: 'tongzhi.md', insertLine: 6, insertText: '新增一行,测试。'},
  {name: 'article.html', insertLine: -1, insertText: '<p>新增一行,测试。</p>'},
  // Below the title: the first line of a text page is its title, which the site rules read.
  {name: 'jiedu.txt', insertLine: 2, insertText: '新增一行,测试。'},
]

describe.skipIf(!available)(`Neovim ${nvim.stdout?.split('\n')[0] ?? ''} as the client`, () => {
  it.each(cases)('shows what shenjiao check reports for examples/$name, republishes after an edit and applies a quick fix', ({name, insertLine, insertText}) => {
    const file = join(repoRoot, 'examples', name)
    const source = readFileSync(file, 'utf8')
    const line = insertLine >= 0 ? insertLine : source.split('\n').findIndex((text) => text.includes('</body>'))
    const out = join(mkdtempSync(join(tmpdir(), 'shenjiao-nvim-')), 'result.json')
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(repoRoot, 'test/language-server/nvim/test.lua')}`], {
      encoding: 'utf8',
      timeout: 90_000,
      env: {...process.env, SHENJIAO_NODE: process.execPath, SHENJIAO_SERVER: serverBin, SHENJIAO_FILE: file, SHENJIAO_OUT: out, SHENJIAO_INSERT_LINE: String(line), SHENJIAO_INSERT_TEXT: insertText},
    })
    let result: Run
    try {
      result = JSON.parse(readFileSync(out, 'utf8')) as Run
    } catch {
      throw new Error(`nvim wrote no result (status ${run.status}):\n${run.stdout}\n${run.stderr}`)
    }
    expect(result.error).toBeUndefined()
    expect(result.version).toMatch(/^\d+\.\d+$/)
    const [opened, edited, fixed] = result.publications
    expect(result.texts.opened).toBe(source.endsWith('\n') ? source : `${source}\n`)
    expect(received(opened!)).toEqual(shown(expected(name, result.texts.opened)))
    expect(received(opened!).length).toBeGreaterThan(0)

    expect(edited!.version).toBeGreaterThan(opened!.version!)
    expect(received(edited!)).toEqual(shown(expected(name, result.texts.edited)))
    expect(received(edited!).length).toBe(received(opened!).length + 1)

    expect(result.action).toBe('改为“，”')
    expect(result.texts.fixed).toBe(result.texts.edited.replace('新增一行,测试。', '新增一行，测试。'))
    expect(received(fixed!)).toEqual(shown(expected(name, result.texts.fixed)))
    expect(received(fixed!)).toEqual(received(opened!).map((d) => shiftLine(d, line)))
  })
})

/** A diagnostic as it reads once a line has been inserted above it. */
function shiftLine(diagnostic: unknown, inserted: number): unknown {
  const {range, ...rest} = diagnostic as {range: {start: {line: number; character: number}; end: {line: number; character: number}}}
  const shift = (position: {line: number; character: number}) => ({...position, line: position.line >= inserted ? position.line + 1 : position.line})
  return {...rest, range: {start: shift(range.start), end: shift(range.end)}}
}
