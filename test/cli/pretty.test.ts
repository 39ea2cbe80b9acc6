import {describe, expect, it} from 'vitest'
import {excerpt} from '../../packages/cli/src/reporters/excerpt.js'
import {LineIndex, type Finding} from '@shenjiao/core'
import {fixture, runCli, texts} from './run-cli.js'

describe('--format pretty', () => {
  it('prints file:line:col, severity, message and rule, then the line underlined by display width', async () => {
    const cwd = await fixture({'docs/a.md': `# 通知\n\n${texts.halfwidthComma}\n\n${texts.straySpace}\n`})
    const result = await runCli(['check', 'docs'], {cwd})
    expect(result.stdout).toBe(
      [
        'docs/a.md:3:10  error  中文语境中出现半角“,”，应使用全角“，”  punctuation/no-halfwidth-in-chinese',
        `  3 | ${texts.halfwidthComma}`,
        // 会议于 3 月 1 日召开: six Han characters of two columns and two digits of one.
        `    | ${' '.repeat(16)}^`,
        '',
        'docs/a.md:5:7  warning  中文之间出现多余空格，应删除  punctuation/no-space-in-chinese',
        `  5 | ${texts.straySpace}`,
        `    | ${' '.repeat(12)}^`,
        '',
        '✖ 2 个问题（错误 1，警告 1）· punctuation 2',
        '其中 2 个可用 --fix 自动修复',
        '',
      ].join('\n'),
    )
  })

  it('underlines a whole range and expands tabs', async () => {
    const cwd = await fixture({'a.txt': `\t${texts.repeatedWord}`})
    const lines = (await runCli(['check', 'a.txt'], {cwd})).stdout.split('\n')
    expect(lines.slice(1, 3)).toEqual([`  1 |     ${texts.repeatedWord}`, `    | ${' '.repeat(8)}^^^^`])
  })

  it('counts by severity and category in the summary', async () => {
    const cwd = await fixture({'a.md': `${texts.halfwidthComma}\n\n${texts.repeatedWord}\n\n${texts.halfwidthComma}\n`})
    const result = await runCli(['check', 'a.md'], {cwd})
    expect(result.stdout).toContain('✖ 3 个问题（错误 3）· punctuation 2 · typo 1\n')
  })

  it('says when all is well', async () => {
    const cwd = await fixture({'a.md': texts.clean, 'b.md': texts.clean})
    expect((await runCli(['check', '.'], {cwd})).stdout).toBe('✔ 检查了 2 个文件，没有发现问题\n')
  })

  it('never colours output that is not a terminal', async () => {
    const cwd = await fixture({'a.md': texts.halfwidthComma})
    expect((await runCli(['check', 'a.md'], {cwd})).stdout).not.toContain('\u001b')
  })

  it('shows control characters from the file as symbols, not as terminal commands', async () => {
    const cwd = await fixture({'a.txt': `\u001b[31m${texts.halfwidthComma}`})
    const {stdout} = await runCli(['check', 'a.txt'], {cwd})
    expect(stdout).not.toContain('\u001b')
    expect(stdout).toContain(`  1 | \u241b[31m${texts.halfwidthComma}`)
  })

  it('never prints the text of a privacy finding, also under other findings on its line', async () => {
    const id = '11010519491231002X'
    const cwd = await fixture({'a.txt': `联系人身份证号${id},请核对。`})
    const {stdout} = await runCli(['check', 'a.txt', '--rule', 'privacy/id-card', '--rule', 'punctuation/no-halfwidth-in-chinese'], {cwd})
    expect(stdout).toContain('privacy/id-card')
    expect(stdout).toContain('punctuation/no-halfwidth-in-chinese')
    expect(stdout).not.toContain(id)
    expect(stdout).not.toMatch(/\d{8}/)
    expect(stdout).toContain(`  1 | 联系人身份证号${'*'.repeat(18)},请核对。`)
  })

  it('prints a window of a very long line, not the line', async () => {
    const paragraph = `${texts.clean.repeat(20_000)}${texts.halfwidthComma}${texts.clean.repeat(20_000)}`
    const cwd = await fixture({'long.txt': paragraph})
    const {stdout, code} = await runCli(['check', 'long.txt'], {cwd})
    expect(code).toBe(1)
    const [, source, underline] = stdout.split('\n')
    expect(source!.length).toBeLessThan(120)
    expect(source).toMatch(/^ {2}1 \| \.\.\..*召开,各单位.*\.\.\.$/)
    const beforeComma = [...source!.slice(0, source!.indexOf(','))]
    const columns = beforeComma.reduce((sum, char) => sum + (char.charCodeAt(0) > 0xff ? 2 : 1), 0)
    expect(underline!.indexOf('^')).toBe(columns)
  }, 120_000)
})

describe('excerpt', () => {
  const finding = (offset: number, length: number, category: Finding['category'] = 'typo'): Finding => ({
    ruleId: `${category}/x`,
    category,
    severity: 'error',
    message: '',
    offset,
    length,
    line: 1,
    column: offset + 1,
    endLine: 1,
    endColumn: offset + length + 1,
    actual: '',
    expected: [],
    url: '',
  })

  it('shows privacy ranges as * wherever they appear, keeping the underline aligned', () => {
    const text = '联系人张三，身份证号110101199003071234,请核对'
    const id = {start: 10, end: 28}
    const shown = excerpt(text, new LineIndex(text), finding(28, 1), [id])
    expect(shown.source).toBe(`联系人张三，身份证号${'*'.repeat(18)},请核对`)
    expect(shown.marker).toBe(20 + 18)
    expect(shown.width).toBe(1)
    expect(excerpt(text, new LineIndex(text), finding(10, 18, 'privacy'), [id]).source).not.toMatch(/\d/)
  })

  it('underlines astral characters and full-width forms as two columns', () => {
    const text = '𠮷野家ＡＢ,'
    expect(excerpt(text, new LineIndex(text), finding(2, 2), [])).toMatchObject({marker: 2, width: 4})
    expect(excerpt(text, new LineIndex(text), finding(6, 1), []).marker).toBe(10)
  })

  it('underlines a range that runs past its line to the end of the line', () => {
    const text = 'ab\r\ncd'
    expect(excerpt(text, new LineIndex(text), finding(1, 4), [])).toMatchObject({source: 'ab', marker: 1, width: 1})
  })
})
