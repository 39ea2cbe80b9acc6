import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ConfigError} from '../engine/config.js'
import {clearConfigCache, findConfig, readConfigFile} from './config.js'

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/config/', import.meta.url))

/** A copy of the fixtures in a fresh temporary directory, away from any real configuration. */
let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'shenjiao-config-'))
  cpSync(fixtures, root, {recursive: true})
  mkdirSync(join(root, 'invalid-package'))
  writeFileSync(join(root, 'invalid-package', 'package.json'), '{"name": "broken",\n')
  mkdirSync(join(root, 'none'))
})

afterAll(() => {
  rmSync(root, {recursive: true, force: true})
})

/** The ConfigError a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<ConfigError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`)
  return error
}

describe('findConfig', () => {
  it('finds the configuration in the directory of a file', async () => {
    const found = await findConfig(join(root, 'nested', 'report.md'))
    expect(found).toEqual({config: {preset: 'strict'}, file: join(root, 'nested', '.shenjiaorc.json')})
  })

  it('walks up to the nearest one', async () => {
    const found = await findConfig(join(root, 'nested', 'sub', 'deeper', 'still', 'report.md'))
    expect(found.file).toBe(join(root, 'nested', 'sub', '.shenjiaorc.yaml'))
    expect(found.config).toEqual({rules: {'punctuation/no-space-in-chinese': 'off'}})
  })

  it('takes a directory as the place to start', async () => {
    expect((await findConfig(join(root, 'nested', 'sub'))).file).toBe(join(root, 'nested', 'sub', '.shenjiaorc.yaml'))
  })

  it('knows a directory with a dot in its name is a directory', async () => {
    expect((await findConfig(join(root, 'nested', 'docs.v2'))).file).toBe(join(root, 'nested', 'docs.v2', '.shenjiaorc.yml'))
  })

  it('reads the `shenjiao` key of package.json', async () => {
    const found = await findConfig(join(root, 'nested', 'pkg-with-key', 'index.html'))
    expect(found).toEqual({config: {dictionary: {allow: ['展生会']}}, file: join(root, 'nested', 'pkg-with-key', 'package.json')})
  })

  it('goes past a package.json without the key', async () => {
    expect((await findConfig(join(root, 'nested', 'pkg-without-key', 'a.md'))).file).toBe(join(root, 'nested', '.shenjiaorc.json'))
  })

  it('gives the defaults when there is no configuration', async () => {
    expect(await findConfig(join(root, 'none', 'a.md'))).toEqual({config: {}, file: undefined})
  })

  it.each([
    ['invalid-json', '.shenjiaorc.json', 'JSON'],
    ['invalid-yaml', '.shenjiaorc.yaml', 'YAML'],
    ['invalid-package', 'package.json', 'JSON'],
  ])('names the file when %s does not parse', async (directory, name, kind) => {
    const error = await rejection(findConfig(join(root, directory, 'a.md')))
    const file = join(root, directory, name)
    expect(error.file).toBe(file)
    expect(error.message.startsWith(`${file}：`)).toBe(true)
    expect(error.message).toContain(kind)
  })

  it('names the file and the key of an unknown rule', async () => {
    const error = await rejection(findConfig(join(root, 'unknown-rule', 'a.md')))
    expect(error.file).toBe(join(root, 'unknown-rule', '.shenjiaorc.json'))
    expect(error.key).toBe('rules.punctuation/no-halfwidth')
  })

  it('reads a changed file again after clearConfigCache', async () => {
    const directory = join(root, 'changing')
    mkdirSync(directory)
    writeFileSync(join(directory, '.shenjiaorc.json'), '{"preset": "strict"}')
    expect((await findConfig(join(directory, 'a.md'))).config).toEqual({preset: 'strict'})
    writeFileSync(join(directory, '.shenjiaorc.json'), '{"preset": "recommended"}')
    clearConfigCache()
    expect((await findConfig(join(directory, 'a.md'))).config).toEqual({preset: 'recommended'})
  })
})

describe('readConfigFile', () => {
  it('reads JSON, YAML and the `shenjiao` key of package.json', async () => {
    expect((await readConfigFile(join(root, 'nested', '.shenjiaorc.json'))).config).toEqual({preset: 'strict'})
    expect((await readConfigFile(join(root, 'nested', 'docs.v2', '.shenjiaorc.yml'))).config).toEqual({preset: 'recommended'})
    expect((await readConfigFile(join(root, 'nested', 'pkg-with-key', 'package.json'))).config).toEqual({
      dictionary: {allow: ['展生会']},
    })
    expect((await readConfigFile(join(root, 'nested', 'pkg-without-key', 'package.json'))).config).toEqual({})
  })

  it('names the file when it is missing or does not parse', async () => {
    for (const file of [join(root, 'missing.json'), join(root, 'invalid-json', '.shenjiaorc.json'), join(root, 'invalid-yaml', '.shenjiaorc.yaml')]) {
      const error = await rejection(readConfigFile(file))
      expect(error.file).toBe(file)
      expect(error.message.startsWith(`${file}：`)).toBe(true)
    }
  })

  it('names the file and the key of an invalid setting', async () => {
    const error = await rejection(readConfigFile(join(root, 'unknown-rule', '.shenjiaorc.json')))
    expect([error.file, error.key]).toEqual([join(root, 'unknown-rule', '.shenjiaorc.json'), 'rules.punctuation/no-halfwidth'])
  })
})
