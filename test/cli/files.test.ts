import {mkdir} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixture, runCli, texts} from './run-cli.js'

/** The paths a JSON report lists, in order. */
async function checkedPaths(args: string[], cwd: string): Promise<string[]> {
  const result = await runCli(['check', ...args, '--format', 'json'], {cwd})
  return JSON.parse(result.stdout).files.map((file: {path: string}) => file.path)
}

describe('finding files', () => {
  it('walks directories in name order, skipping node_modules and .git', async () => {
    const cwd = await fixture({
      'docs/b.md': texts.clean,
      'docs/a/z.txt': texts.clean,
      'docs/c.htm': texts.clean,
      'docs/node_modules/pkg/readme.md': texts.clean,
      'docs/.git/notes.txt': texts.clean,
      'node_modules/x.md': texts.clean,
      'top.markdown': texts.clean,
    })
    expect(await checkedPaths(['.'], cwd)).toEqual(['docs/a/z.txt', 'docs/b.md', 'docs/c.htm', 'top.markdown'])
  })

  it('respects .gitignore and .shenjiaoignore at every level, negations included', async () => {
    const cwd = await fixture({
      '.gitignore': 'build/\n*.draft.md\n!keep.draft.md\n',
      'docs/.shenjiaoignore': 'vendor.md\nold/\n',
      'docs/a.md': texts.clean,
      'docs/vendor.md': texts.clean,
      'docs/old/x.md': texts.clean,
      'docs/b.draft.md': texts.clean,
      'docs/keep.draft.md': texts.clean,
      'docs/sub/.gitignore': '!vendor.md\n',
      'docs/sub/vendor.md': texts.clean,
      'build/out.md': texts.clean,
      'docs/build/out.md': texts.clean,
    })
    await mkdir(join(cwd, '.git'))
    const expected = ['docs/a.md', 'docs/keep.draft.md', 'docs/sub/vendor.md']
    expect(await checkedPaths(['.'], cwd)).toEqual(expected)
    // Ignore files above the walk's root still apply: the repository's, and the current directory's.
    expect(await checkedPaths(['docs'], cwd)).toEqual(expected)
    const fromDocs = await runCli(['check', '.', '--format', 'json'], {cwd: join(cwd, 'docs')})
    expect(JSON.parse(fromDocs.stdout).files.map((file: {path: string}) => file.path)).toEqual(['a.md', 'keep.draft.md', 'sub/vendor.md'])
  })

  it('skips a named file that an ignore file excludes, saying so without failing', async () => {
    const cwd = await fixture({'.shenjiaoignore': 'vendor.md\n', 'vendor.md': texts.halfwidthComma})
    const result = await runCli(['check', 'vendor.md'], {cwd})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('vendor.md：被 .gitignore 或 .shenjiaoignore 忽略，未检查')
  })

  it('expands globs itself, with ** across directories and {a,b} choices', async () => {
    const cwd = await fixture({
      'docs/a.md': texts.clean,
      'docs/x/b.md': texts.clean,
      'docs/x/y/c.md': texts.clean,
      'docs/x/d.txt': texts.clean,
      'docs/x/e.html': texts.clean,
      'docs/ignored/f.md': texts.clean,
      'docs/.shenjiaoignore': 'ignored/\n',
      'other/g.md': texts.clean,
    })
    expect(await checkedPaths(['docs/**/*.md'], cwd)).toEqual(['docs/a.md', 'docs/x/b.md', 'docs/x/y/c.md'])
    expect(await checkedPaths(['docs/*.md'], cwd)).toEqual(['docs/a.md'])
    expect(await checkedPaths(['docs/x/*.{txt,html}'], cwd)).toEqual(['docs/x/d.txt', 'docs/x/e.html'])
    expect(await checkedPaths(['**/?.md'], cwd)).toEqual(['docs/a.md', 'docs/x/b.md', 'docs/x/y/c.md', 'other/g.md'])
  })

  it('checks a file named twice once', async () => {
    const cwd = await fixture({'docs/a.md': texts.clean})
    expect(await checkedPaths(['docs/a.md', 'docs', 'docs/*.md'], cwd)).toEqual(['docs/a.md'])
  })
})

describe('--rule', () => {
  const text = `${texts.halfwidthComma}\n\n${texts.straySpace}\n\n${texts.repeatedWord}\n`

  async function ruleLevels(args: string[], cwd: string): Promise<string[]> {
    const result = await runCli(['check', 'a.md', ...args, '--format', 'json'], {cwd})
    return JSON.parse(result.stdout).files[0].findings.map((finding: {ruleId: string; severity: string}) => `${finding.ruleId}=${finding.severity}`)
  }

  it('sets a rule level with id=level, over the configuration', async () => {
    const cwd = await fixture({'a.md': text, '.shenjiaorc.json': JSON.stringify({rules: {'typo/no-repeated-word': 'warning'}})})
    expect(await ruleLevels([], cwd)).toEqual([
      'punctuation/no-halfwidth-in-chinese=error',
      'punctuation/no-space-in-chinese=warning',
      'typo/no-repeated-word=warning',
    ])
    expect(await ruleLevels(['--rule', 'punctuation/no-halfwidth-in-chinese=off', '--rule', 'typo/no-repeated-word=info'], cwd)).toEqual([
      'punctuation/no-space-in-chinese=warning',
      'typo/no-repeated-word=info',
    ])
  })

  it('runs only the rules named without a level, at their configured level', async () => {
    const cwd = await fixture({'a.md': text, '.shenjiaorc.json': JSON.stringify({rules: {'typo/no-repeated-word': 'warning'}})})
    expect(await ruleLevels(['--rule', 'typo/no-repeated-word'], cwd)).toEqual(['typo/no-repeated-word=warning'])
    expect(await ruleLevels(['--rule', 'typo/no-repeated-word', '--rule', 'punctuation/no-space-in-chinese=error'], cwd)).toEqual([
      'punctuation/no-space-in-chinese=error',
      'typo/no-repeated-word=warning',
    ])
  })

  it('turns on a rule the configuration turns off, at its default level', async () => {
    const cwd = await fixture({'a.md': text, '.shenjiaorc.json': JSON.stringify({rules: {'typo/no-repeated-word': 'off'}})})
    expect(await ruleLevels(['--rule', 'typo/no-repeated-word'], cwd)).toEqual(['typo/no-repeated-word=error'])
  })
})

describe('--config', () => {
  it('uses the file given instead of the nearest configuration', async () => {
    const cwd = await fixture({
      'docs/.shenjiaorc.json': JSON.stringify({rules: {'punctuation/no-halfwidth-in-chinese': 'off'}}),
      'docs/a.md': texts.halfwidthComma,
      'ci.yaml': 'rules:\n  punctuation/no-halfwidth-in-chinese: warning\n',
    })
    expect((await runCli(['check', 'docs'], {cwd})).code).toBe(0)
    const result = await runCli(['check', 'docs', '--config', 'ci.yaml', '--max-warnings', '0'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('docs/a.md:1:10  warning')
  })
})
