import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {resolveRules} from './resolve.js'

const halfwidth = 'punctuation/no-halfwidth-in-chinese'
const space = 'punctuation/no-space-in-chinese'

function severities(config: Parameters<typeof resolveRules>[0]): Record<string, string> {
  return Object.fromEntries(resolveRules(config).map(({rule, severity}) => [rule.id, severity]))
}

describe('resolveRules', () => {
  it('recommended (the default) turns on the recommended rules at their own severity', () => {
    const expected = Object.fromEntries(rules.filter((rule) => rule.recommended).map((rule) => [rule.id, rule.severity]))
    expect(severities({})).toEqual(expected)
    expect(severities({preset: 'recommended'})).toEqual(expected)
    expect(severities(undefined)).toEqual(expected)
  })

  it('strict turns on every rule and raises warnings to errors', () => {
    const expected = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity === 'warning' ? 'error' : rule.severity]))
    expect(severities({preset: 'strict'})).toEqual(expected)
    expect(severities({preset: 'strict'})[space]).toBe('error')
  })

  it('lets `rules` override the preset: off, another level, or a rule outside it', () => {
    const optIn = rules.find((rule) => !rule.recommended)
    const result = severities({
      rules: {[halfwidth]: 'off', [space]: 'info', ...(optIn && {[optIn.id]: 'warning'})},
    })
    expect(result[halfwidth]).toBeUndefined()
    expect(result[space]).toBe('info')
    if (optIn) expect(result[optIn.id]).toBe('warning')
    expect(severities({preset: 'strict', rules: {[space]: 'warning'}})[space]).toBe('warning')
  })

  it('merges rule options over the defaults', () => {
    const [active] = resolveRules({rules: {[halfwidth]: ['warning', {extra: 1}]}}).filter(({rule}) => rule.id === halfwidth)
    expect(active!.severity).toBe('warning')
    expect(active!.options).toEqual({...(active!.rule.defaultOptions as object), extra: 1})
  })

  it('keeps the registry order', () => {
    const order = rules.map((rule) => rule.id)
    const ids = resolveRules({preset: 'strict'}).map(({rule}) => rule.id)
    expect(ids).toEqual(order)
  })
})
