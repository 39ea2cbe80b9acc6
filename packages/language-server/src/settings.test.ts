import {describe, expect, it} from 'vitest'
import {defaultSettings, readSettings} from './settings.js'

describe('readSettings', () => {
  it('keeps the valid settings and reports each invalid one', () => {
    const {settings, problems} = readSettings({
      enable: false,
      preset: 'lenient',
      rules: {'punctuation/no-space-in-chinese': 'off'},
      severityOverrides: {'*': 'hint', 'typo/*': 'loud'},
      dictionaries: ['words.txt', 3],
      debounce: -1,
    })
    expect(settings).toEqual({...defaultSettings, enable: false, rules: {'punctuation/no-space-in-chinese': 'off'}, severityOverrides: {'*': 'hint'}, dictionaries: ['words.txt']})
    expect(problems).toHaveLength(2)
  })

  it('rejects unknown rule ids with the setting named', () => {
    const {settings, problems} = readSettings({rules: {'typo/nope': 'off'}})
    expect(settings.rules).toEqual({})
    expect(problems[0]).toContain('shenjiao.rules')
  })

  it('gives the defaults for nothing', () => {
    expect(readSettings(null)).toEqual({settings: defaultSettings, problems: []})
  })
})
