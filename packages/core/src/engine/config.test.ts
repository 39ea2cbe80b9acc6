import {describe, expect, it} from 'vitest'
import {ruleIds} from '../rules/index.js'
import {ConfigError, validateConfig} from './config.js'

const file = '/project/.shenjiaorc.json'
const halfwidth = 'punctuation/no-halfwidth-in-chinese'

/** The ConfigError `data` raises, for its key and message. */
function errorOf(data: unknown, from: {file?: string} = {file}): ConfigError {
  try {
    validateConfig(data, ruleIds, from.file)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error(`${JSON.stringify(data)} was accepted`)
}

describe('validateConfig', () => {
  it('accepts a full configuration and returns it typed', () => {
    const data = {
      $schema: './node_modules/@shenjiao/core/shenjiao.schema.json',
      preset: 'strict',
      segmenter: 'node-rs-jieba',
      rules: {[halfwidth]: 'warning', 'typo/no-repeated-word': ['error', {}], 'punctuation/no-space-in-chinese': 'off'},
      dictionary: {allow: ['展生会'], replace: {帐户: '账户'}},
    }
    expect(validateConfig(data, ruleIds, file)).toEqual({
      preset: 'strict',
      segmenter: 'node-rs-jieba',
      rules: data.rules,
      dictionary: data.dictionary,
    })
  })

  it('reads an empty file (null) as no configuration', () => {
    expect(validateConfig(null, ruleIds, file)).toEqual({})
    expect(validateConfig(undefined, ruleIds, file)).toEqual({})
  })

  const invalid: Array<[string, unknown, string]> = [
    ['a list instead of an object', [1], ''],
    ['a string instead of an object', 'strict', ''],
    ['an unknown key', {presets: 'strict'}, 'presets'],
    ['an unknown preset', {preset: 'loose'}, 'preset'],
    ['an unknown segmenter', {segmenter: 'pkuseg'}, 'segmenter'],
    ['rules as a list', {rules: [halfwidth]}, 'rules'],
    ['an unknown rule id', {rules: {'punctuation/no-halfwidth': 'error'}}, 'rules.punctuation/no-halfwidth'],
    ['a rule id inherited from Object', {rules: {constructor: 'off'}}, 'rules.constructor'],
    ['an ESLint-style level', {rules: {[halfwidth]: 'warn'}}, `rules.${halfwidth}`],
    ['a numeric level', {rules: {[halfwidth]: 2}}, `rules.${halfwidth}`],
    ['an empty setting list', {rules: {[halfwidth]: []}}, `rules.${halfwidth}`],
    ['options that are not an object', {rules: {[halfwidth]: ['error', true]}}, `rules.${halfwidth}[1]`],
    ['a dictionary list', {dictionary: ['展生']}, 'dictionary'],
    ['an unknown dictionary key', {dictionary: {deny: []}}, 'dictionary.deny'],
    ['allow as a string', {dictionary: {allow: '展生会'}}, 'dictionary.allow'],
    ['an empty allowed word', {dictionary: {allow: ['展生会', '']}}, 'dictionary.allow'],
    ['a non-string allowed word', {dictionary: {allow: [1]}}, 'dictionary.allow'],
    ['replace as a list', {dictionary: {replace: [['展生', '产生']]}}, 'dictionary.replace'],
    ['a replacement equal to the word', {dictionary: {replace: {展生: '展生'}}}, 'dictionary.replace.展生'],
    ['an empty replacement', {dictionary: {replace: {展生: ''}}}, 'dictionary.replace.展生'],
    ['a non-string replacement', {dictionary: {replace: {展生: ['产生']}}}, 'dictionary.replace.展生'],
    ['an empty word to replace', {dictionary: {replace: {'': '产生'}}}, 'dictionary.replace.'],
  ]

  it.each(invalid)('rejects %s, naming the file and the key', (_, data, key) => {
    const error = errorOf(data)
    expect(error.name).toBe('ConfigError')
    expect(error.key).toBe(key)
    expect(error.file).toBe(file)
    expect(error.message.startsWith(`${file}：`)).toBe(true)
    if (key !== '') expect(error.message).toContain(`“${key}”`)
  })

  it('says “配置” when there is no file (settings from an editor or an API call)', () => {
    const error = errorOf({preset: 'loose'}, {})
    expect(error.file).toBeUndefined()
    expect(error.message.startsWith('配置：“preset”')).toBe(true)
  })

  it('lists what is allowed in the message', () => {
    expect(errorOf({presets: 'strict'}).message).toContain('preset、rules、dictionary、segmenter')
    expect(errorOf({preset: 'loose'}).message).toContain('recommended 或 strict')
  })
})
