import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {runCli} from './run-cli.js'

describe('shenjiao --help and usage errors', () => {
  it('prints the help that test/cli/HELP holds', async () => {
    const golden = await readFile(new URL('HELP', import.meta.url), 'utf8')
    for (const flag of ['--help', '-h']) {
      const result = await runCli([flag])
      expect(result).toMatchObject({code: 0, stderr: ''})
      expect(result.stdout).toBe(golden)
    }
    expect((await runCli(['check', '--help'])).stdout).toBe(golden)
  })

  it('prints the package version', async () => {
    const {version} = JSON.parse(await readFile(new URL('../../packages/cli/package.json', import.meta.url), 'utf8'))
    expect(await runCli(['--version'])).toMatchObject({code: 0, stdout: `${version}\n`})
  })

  it.each([
    {name: 'no command', args: [], says: '缺少命令'},
    {name: 'an unknown command', args: ['lint'], says: '未知命令“lint”'},
    {name: 'an unknown flag', args: ['check', '--frail'], says: '未知选项 --frail'},
    {name: 'a flag without its value', args: ['check', '--format'], says: '选项 --format 缺少取值'},
    {name: 'a value for a boolean flag', args: ['check', '--fix=yes'], says: '选项 --fix 不接受取值'},
    {name: 'an unknown format', args: ['check', '--format', 'xml'], says: '--format 应为 pretty、json、sarif 之一'},
    {name: 'a negative --max-warnings', args: ['check', '--max-warnings=-1'], says: '--max-warnings 应为非负整数'},
    {name: 'an unknown rule', args: ['check', '--rule', 'typo/nope'], says: '没有规则“typo/nope”'},
    {name: 'an unknown level', args: ['check', '--rule', 'typo/no-repeated-word=fatal'], says: '级别应为'},
    {name: '--fix with stdin', args: ['check', '-', '--fix'], says: '--fix'},
    {name: 'stdin with paths', args: ['check', '-', 'docs'], says: '不能与其他路径一起使用'},
    {name: '--stdin-format without stdin', args: ['check', '.', '--stdin-format', 'html'], says: '--stdin-format'},
  ])('exits 2 on $name, saying what is wrong', async ({args, says}) => {
    const result = await runCli(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain(says)
    expect(result.stderr).toContain('shenjiao --help')
  })
})
