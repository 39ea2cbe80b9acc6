/**
 * The examples a newcomer runs first: `shenjiao check examples/` finds their deliberate
 * errors, and `--fix` fixes the safe ones and is idempotent (a second run changes nothing).
 */
import {cp, mkdtemp, readdir, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runCli} from './run-cli.js'

const examples = fileURLToPath(new URL('../../examples/', import.meta.url))

async function contents(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort()
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const)))
}

describe('examples/', () => {
  it('has findings, so the quick start ends with exit code 1', async () => {
    const result = await runCli(['check', examples, '--format', 'json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout).summary.findings).toBeGreaterThan(0)
  })

  it('--fix fixes the safe findings and a second --fix changes nothing', {timeout: 60_000}, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shenjiao-examples-'))
    await cp(examples, dir, {recursive: true})
    const before = await contents(dir)
    const first = await runCli(['check', '.', '--fix', '--format', 'json'], {cwd: dir})
    const report = JSON.parse(first.stdout)
    expect(report.summary.fixed).toBeGreaterThan(0)
    const afterFirst = await contents(dir)
    expect(afterFirst).not.toEqual(before)
    const left = [...report.files, ...report.site].flatMap((file: {findings: Array<{fixable?: string}>}) => file.findings)
    expect(left.filter((finding) => finding.fixable === 'safe')).toEqual([])

    const second = await runCli(['check', '.', '--fix', '--format', 'json'], {cwd: dir})
    expect(JSON.parse(second.stdout).summary.fixed).toBe(0)
    expect(await contents(dir)).toEqual(afterFirst)
    expect(JSON.parse(second.stdout).files).toEqual(report.files)
  })
})
