import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import Ajv from 'ajv'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixture, runCli, texts} from './run-cli.js'

const schemaFile = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')

/**
 * The official SARIF 2.1.0 schema is draft-04, which ajv 8 has no class for. It uses no
 * keyword whose meaning changed after draft-04 (the boolean exclusiveMinimum/Maximum), only
 * `id` where draft-06 on says `$id`, so renaming that lets ajv's draft-07 class validate it
 * exactly. The first test checks that this still holds.
 */
async function loadSchema(): Promise<Record<string, unknown>> {
  const text = await readFile(schemaFile, 'utf8')
  const {$schema, id, ...rest} = JSON.parse(text) as Record<string, unknown>
  expect($schema).toBe('http://json-schema.org/draft-04/schema#')
  expect(text).not.toMatch(/"exclusive(?:Minimum|Maximum)"/)
  return {$id: id, ...rest}
}

function isUri(value: string, base?: string): boolean {
  try {
    new URL(value, base)
    return !/[\s<>"{}|\\^`]/.test(value)
  } catch {
    return false
  }
}

describe('--format sarif', () => {
  let validate: ReturnType<Ajv['compile']>

  beforeAll(async () => {
    // The schema's language pattern is not valid with the `u` flag ajv 8 uses by default.
    const ajv = new Ajv({strict: false, allErrors: true, unicodeRegExp: false})
    ajv.addFormat('uri', (value: string) => isUri(value))
    ajv.addFormat('uri-reference', (value: string) => isUri(value, 'file:///src/'))
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
    validate = ajv.compile(await loadSchema())
  })

  it('writes a log the official schema accepts, with GitHub code scanning fields', async () => {
    const cwd = await fixture({
      'docs/通知 1.md': `${texts.halfwidthComma}\n\n${texts.straySpace}\n`,
      'docs/b.txt': texts.repeatedWord,
      'docs/gbk.txt': Buffer.from([0xc4, 0xe3]),
    })
    const result = await runCli(['check', 'docs', '--format', 'sarif'], {cwd})
    expect(result.code).toBe(2)
    const log = JSON.parse(result.stdout)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(validate({...log, runs: [{...log.runs[0], results: [{ruleId: 'no-message'}]}]})).toBe(false)

    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif/)
    expect(log.runs).toHaveLength(1)
    const [run] = log.runs
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.tool.driver).toMatchObject({name: 'shenjiao', informationUri: expect.stringMatching(/^https:/), version: expect.any(String)})
    for (const rule of run.tool.driver.rules) {
      expect(rule).toMatchObject({
        id: expect.any(String),
        name: expect.any(String),
        shortDescription: {text: expect.any(String)},
        fullDescription: {text: expect.any(String)},
        helpUri: expect.stringMatching(/^https:.*\.md$/),
        help: {text: expect.any(String), markdown: expect.any(String)},
        defaultConfiguration: {level: expect.stringMatching(/^(error|warning|note)$/)},
      })
    }

    expect(run.results.map((item: {ruleId: string; level: string}) => `${item.ruleId}=${item.level}`)).toEqual([
      'typo/no-repeated-word=error',
      'punctuation/no-halfwidth-in-chinese=error',
      'punctuation/no-space-in-chinese=warning',
    ])
    for (const item of run.results) expect(run.tool.driver.rules[item.ruleIndex].id).toBe(item.ruleId)
    const comma = run.results[1]
    expect(comma.message.text).toContain('，')
    expect(comma.locations[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'docs/%E9%80%9A%E7%9F%A5%201.md', uriBaseId: '%SRCROOT%'},
      region: {startLine: 1, startColumn: 10, endLine: 1, endColumn: 11, charOffset: 9, charLength: 1},
    })

    const [invocation] = run.invocations
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications[0].message.text).toContain('docs/gbk.txt')
  })

  it('maps info to note and stays valid with no results', async () => {
    const cwd = await fixture({'a.md': texts.repeatedWord, 'b.md': texts.clean})
    const info = JSON.parse((await runCli(['check', 'a.md', '--rule', 'typo/no-repeated-word=info', '--format', 'sarif'], {cwd})).stdout)
    expect(info.runs[0].results[0].level).toBe('note')
    const clean = await runCli(['check', 'b.md', '--format', 'sarif'], {cwd})
    expect(clean.code).toBe(0)
    const log = JSON.parse(clean.stdout)
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)
    expect(log.runs[0].results).toEqual([])
  })
})
