import {describe, expect, it} from 'vitest'
import {fixture, runCli, texts} from './run-cli.js'

/** `你好` in GBK: valid bytes that are not UTF-8. */
const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac])

describe('exit codes', () => {
  it('0 when nothing is found', async () => {
    const cwd = await fixture({'a.md': texts.clean})
    expect(await runCli(['check', 'a.md'], {cwd})).toMatchObject({code: 0, stderr: ''})
  })

  it('1 for a finding at error level', async () => {
    const cwd = await fixture({'a.md': texts.halfwidthComma, 'b.txt': texts.repeatedWord})
    const result = await runCli(['check', 'a.md', 'b.txt'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('a.md:1:10  error')
    expect(result.stdout).toContain('b.txt:1:3  error')
  })

  it('0 for warnings alone, 1 once they are more than --max-warnings', async () => {
    const cwd = await fixture({'a.md': `${texts.straySpace}\n\n${texts.straySpace}\n`})
    expect((await runCli(['check', 'a.md'], {cwd})).code).toBe(0)
    expect((await runCli(['check', 'a.md', '--max-warnings', '2'], {cwd})).code).toBe(0)
    const over = await runCli(['check', 'a.md', '--max-warnings', '1'], {cwd})
    expect(over.code).toBe(1)
    expect(over.stderr).toContain('警告 2 个，多于 --max-warnings 1')
  })

  it('defaults to the current directory', async () => {
    const cwd = await fixture({'docs/a.md': texts.halfwidthComma})
    const result = await runCli(['check'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('docs/a.md:1:10')
  })

  describe('2 for input errors, after checking every other file', () => {
    it.each([
      {name: 'a missing path', files: {}, path: 'missing.md', says: '文件或目录不存在'},
      {name: 'a binary file', files: {'logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])}, path: 'logo.md', says: '二进制'},
      {name: 'a GBK file', files: {'gbk.txt': gbk}, path: 'gbk.txt', says: 'UTF-8'},
      {name: 'a named file of an unsupported type', files: {'a.docx': 'x'}, path: 'a.docx', says: '不是可检查的文件类型'},
      {name: 'a directory without checkable files', files: {'empty/a.png': 'x'}, path: 'empty', says: '没有找到可检查的文件'},
      {name: 'a glob matching nothing', files: {}, path: 'docs/**/*.md', says: '没有找到可检查的文件'},
    ])('$name', async ({files, path, says}) => {
      const cwd = await fixture({...files, 'bad.md': texts.halfwidthComma})
      const result = await runCli(['check', path, 'bad.md'], {cwd})
      expect(result.code).toBe(2)
      const message = result.stderr.split('\n').find((line) => line.startsWith(`${path}：`))
      expect(message).toContain(says)
      expect(result.stdout).toContain('bad.md:1:10  error')
      expect(result.stdout).toContain('1 个文件无法检查')
    })

    it('a file larger than 10 MB', async () => {
      const cwd = await fixture({'huge.txt': Buffer.alloc(10 * 1024 * 1024 + 1, 'a')})
      const result = await runCli(['check', 'huge.txt'], {cwd})
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('huge.txt：文件大于 10 MB，已跳过')
    })
  })

  it('skips files of other types found by walking a directory, silently', async () => {
    const cwd = await fixture({'docs/a.md': texts.clean, 'docs/logo.png': Buffer.from([0x89, 0, 0]), 'docs/gbk.csv': gbk})
    const result = await runCli(['check', 'docs'], {cwd})
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(result.stdout).toContain('检查了 1 个文件')
  })

  it('2 for an invalid configuration, naming the file and the key', async () => {
    const cwd = await fixture({
      'docs/.shenjiaorc.json': JSON.stringify({rules: {'punctuation/no-such-rule': 'error'}}),
      'docs/a.md': texts.clean,
      'docs/b.md': texts.clean,
      'other/c.md': texts.halfwidthComma,
    })
    const result = await runCli(['check', 'docs', 'other'], {cwd})
    expect(result.code).toBe(2)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/docs[/\\]\.shenjiaorc\.json：“rules\.punctuation\/no-such-rule”/)
    expect(result.stdout).toContain('other/c.md:1:10')
  })

  it('2 for an invalid --config file, before checking anything', async () => {
    const cwd = await fixture({'bad.yaml': 'preset: lax\n', 'a.md': texts.halfwidthComma})
    const result = await runCli(['check', 'a.md', '--config', 'bad.yaml'], {cwd})
    expect(result).toMatchObject({code: 2, stdout: ''})
    expect(result.stderr).toMatch(/bad\.yaml：“preset” 应为 recommended 或 strict/)
    const missing = await runCli(['check', 'a.md', '--config', 'nope.json'], {cwd})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nope.json')
  })
})
