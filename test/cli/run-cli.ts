import {spawn} from 'node:child_process'
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll} from 'vitest'

/** The built bin, as users run it (`npx tsc -b` first). */
export const bin = fileURLToPath(new URL('../../packages/cli/bin/shenjiao.js', import.meta.url))

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `shenjiao …` in `cwd` with `input` on standard input (none: an empty stdin). */
export function runCli(args: readonly string[], options: {cwd?: string; input?: string | Buffer} = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd: options.cwd})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

const fixtures: string[] = []

// Registered by each test file that imports this module: its fixtures go when it ends.
afterAll(() => Promise.all(fixtures.map((root) => rm(root, {recursive: true, force: true}))))

/** A fresh directory under the system temp dir holding `files` (paths with `/`), removed after the test file. */
export async function fixture(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'shenjiao-cli-'))
  fixtures.push(root)
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), {recursive: true})
    await writeFile(join(root, path), content)
  }
  return root
}

/** Texts with known findings under the recommended preset. */
export const texts = {
  /** One error: the half-width comma (punctuation/no-halfwidth-in-chinese, safe fix to `，`). */
  halfwidthComma: '会议于3月1日召开,各单位负责人参加。',
  /** One warning: the space (punctuation/no-space-in-chinese). */
  straySpace: '请各单位加强 管理工作。',
  /** One error: 的的 (typo/no-repeated-word). */
  repeatedWord: '会议的的召开',
  clean: '会议于3月1日召开，各单位负责人参加。',
}
