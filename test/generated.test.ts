/**
 * The committed `.shenjiaorc.json` schema and README rule table are what `npm run generate`
 * writes from today's rules, and the schema agrees with `validateConfig`.
 */
import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import {configSchema, ConfigError, ruleIds, validateConfig} from '@shenjiao/core'
import {describe, expect, it} from 'vitest'
import {readmeFile, readmeText, schemaFile, schemaText} from '../packages/core/scripts/generated.js'

const committed = JSON.parse(readFileSync(new URL('../packages/core/shenjiaorc.schema.json', import.meta.url), 'utf8'))
const validate = new Ajv({strict: false}).compile(committed)

const accepts = (config: unknown): boolean => {
  try {
    validateConfig(config, ruleIds)
    return true
  } catch (error) {
    if (error instanceof ConfigError) return false
    throw error
  }
}

describe('shenjiaorc.schema.json', () => {
  it('is up to date with the rules (run npm run generate after adding a rule)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(schemaText())
    expect(committed).toEqual(configSchema())
  })

  it('README rule table is up to date with the rules (run npm run generate after adding a rule)', () => {
    expect(readFileSync(readmeFile, 'utf8')).toBe(readmeText())
  })

  it('names every rule', () => {
    expect(Object.keys(committed.properties.rules.properties).sort()).toEqual([...ruleIds].sort())
  })

  it.each([
    [{preset: 'strict', rules: {'typo/no-repeated-word': 'off', 'linkage/two-way': ['warning', {}]}}],
    [{dictionary: {allow: ['展生会'], replace: {帐户: '账户'}}, segmenter: 'nodejieba'}],
    [{$schema: './node_modules/@shenjiao/core/shenjiaorc.schema.json'}],
    [{rules: {'no/such-rule': 'error'}}],
    [{rules: {'typo/no-repeated-word': 'fatal'}}],
    [{preset: 'loose'}],
    [{dictionary: {allow: ['']}}],
    [{unknown: true}],
  ])('agrees with validateConfig on %j', (config) => {
    expect(validate(config)).toBe(accepts(config))
  })
})
