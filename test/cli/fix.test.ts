import {readFile, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixture, runCli, texts} from './run-cli.js'

describe('--fix', () => {
  it('fixes in place, keeping the BOM and CRLF line endings, and says how many', async () => {
    const source = `\uFEFF${texts.halfwidthComma}\r\n${texts.repeatedWord}\r\n${texts.clean}\r\n`
    const cwd = await fixture({'a.txt': source})
    const result = await runCli(['check', 'a.txt', '--fix'], {cwd})
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(result.stdout).toContain('a.txt  已修复 2 处')
    const fixed = await readFile(join(cwd, 'a.txt'), 'utf8')
    expect(fixed).toBe(`\uFEFF${texts.clean}\r\n会议的召开\r\n${texts.clean}\r\n`)
  })

  it('masks personal information only with --fix-privacy, never printing it', async () => {
    // A synthetic ID (GB 11643 specimen) and a made-up mobile number.
    const leak = '申请人张三，身份证号11010519491231002X，联系电话13812345678。'
    const cwd = await fixture({'notice.txt': `${leak}\n`})
    const plain = await runCli(['check', 'notice.txt', '--fix'], {cwd})
    expect(await readFile(join(cwd, 'notice.txt'), 'utf8')).toBe(`${leak}\n`)
    expect(plain.code).toBe(1)
    expect(plain.stdout).not.toContain('11010519491231002X')
    expect(plain.stdout).not.toContain('13812345678')
    const masked = await runCli(['check', 'notice.txt', '--fix-privacy'], {cwd})
    expect(masked.code).toBe(0)
    expect(await readFile(join(cwd, 'notice.txt'), 'utf8')).toBe('申请人张某某，身份证号110105********002X，联系电话138****5678。\n')
  })

  it('keeps LF endings and the absence of a BOM', async () => {
    const cwd = await fixture({'a.md': `# 标题\n\n${texts.halfwidthComma}\n`})
    await runCli(['check', 'a.md', '--fix'], {cwd})
    expect(await readFile(join(cwd, 'a.md'), 'utf8')).toBe(`# 标题\n\n${texts.clean}\n`)
  })

  it('reports what is left and exits by it', async () => {
    const cwd = await fixture({'a.md': `${texts.halfwidthComma}\n\n${texts.straySpace}\n`})
    const result = await runCli(['check', 'a.md', '--fix', '--rule', 'punctuation/no-space-in-chinese=error', '--format', 'json'], {cwd})
    const report = JSON.parse(result.stdout)
    expect(report.summary).toMatchObject({fixed: 2, findings: 0})
    expect(result.code).toBe(0)
  })

  it('leaves a file with nothing to fix untouched', async () => {
    const cwd = await fixture({'clean.md': texts.clean, 'bad.md': texts.repeatedWord})
    const before = await stat(join(cwd, 'clean.md'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const result = await runCli(['check', '.', '--fix'], {cwd})
    expect(result.stdout).not.toContain('clean.md')
    expect((await stat(join(cwd, 'clean.md'))).mtimeMs).toBe(before.mtimeMs)
    expect(result.stdout).toMatch(/共修复 1 处/)
  })

  it('applies fixes that never overlap and are stable when run again', async () => {
    const cwd = await fixture({'a.txt': '会议召开,,请准时参加!!的的'})
    await runCli(['check', 'a.txt', '--fix'], {cwd})
    const once = await readFile(join(cwd, 'a.txt'), 'utf8')
    const again = await runCli(['check', 'a.txt', '--fix'], {cwd})
    expect(await readFile(join(cwd, 'a.txt'), 'utf8')).toBe(once)
    expect(again.stdout).not.toContain('已修复')
  })
})
