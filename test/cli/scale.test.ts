import {mkdir, open, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixture, runCli, texts} from './run-cli.js'

describe('large inputs complete with a clear result', () => {
  it('checks a directory of 10 000 files', async () => {
    const cwd = await fixture({})
    for (let directory = 0; directory < 100; directory++) {
      const path = join(cwd, 'docs', String(directory).padStart(2, '0'))
      await mkdir(path, {recursive: true})
      await Promise.all(
        Array.from({length: 100}, (_, index) => {
          const text = index === 0 && directory % 10 === 0 ? texts.halfwidthComma : texts.clean
          return writeFile(join(path, `${index}.md`), text)
        }),
      )
    }
    const result = await runCli(['check', 'docs', '--format', 'json'], {cwd})
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.summary).toMatchObject({files: 10_000, findings: 10, error: 10})
    expect(report.files[0].path).toBe('docs/00/0.md')
  }, 300_000)

  it('refuses a 50 MB single-line file with a message, and goes on', async () => {
    const cwd = await fixture({'b.md': texts.halfwidthComma})
    const file = await open(join(cwd, 'huge.txt'), 'w')
    const chunk = Buffer.from(texts.clean.repeat(20_000))
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) await file.write(chunk)
    await file.close()
    const result = await runCli(['check', 'huge.txt', 'b.md'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('huge.txt：文件大于 10 MB，已跳过')
    expect(result.stdout).toContain('b.md:1:10  error')
  }, 300_000)
})
