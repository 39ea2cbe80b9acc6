import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {addAllowedWord, parseUserDictionary, ProjectConfigs} from './project-config.js'
import {defaultSettings} from './settings.js'

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shenjiao-project-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

describe('addAllowedWord', () => {
  it('appends to dictionary.allow of .shenjiaorc.json, keeping its indentation', async () => {
    const dir = workspace({'.shenjiaorc.json': '{\n    "preset": "strict"\n}\n'})
    expect(await addAllowedWord(join(dir, 'a.md'), '专精特新', dir)).toBe(join(dir, '.shenjiaorc.json'))
    expect(readFileSync(join(dir, '.shenjiaorc.json'), 'utf8')).toBe('{\n    "preset": "strict",\n    "dictionary": {\n        "allow": [\n            "专精特新"\n        ]\n    }\n}\n')
    expect(await addAllowedWord(join(dir, 'a.md'), '专精特新', dir)).toBeUndefined()
  })

  it('writes the shenjiao key of package.json', async () => {
    const dir = workspace({'package.json': '{"name": "site", "shenjiao": {"preset": "recommended"}}'})
    await addAllowedWord(join(dir, 'a.md'), '一网通办', dir)
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))).toEqual({name: 'site', shenjiao: {preset: 'recommended', dictionary: {allow: ['一网通办']}}})
  })

  it('edits .shenjiaorc.yaml in place, comments kept', async () => {
    const dir = workspace({'.shenjiaorc.yaml': '# 项目配置\ndictionary:\n  allow:\n    - 放管服 # 已有\n'})
    await addAllowedWord(join(dir, 'a.md'), '跨省通办', dir)
    expect(readFileSync(join(dir, '.shenjiaorc.yaml'), 'utf8')).toBe('# 项目配置\ndictionary:\n  allow:\n    - 放管服 # 已有\n    - 跨省通办\n')
  })

  it('creates .shenjiaorc.json in the workspace folder when there is no configuration', async () => {
    const dir = workspace({})
    expect(await addAllowedWord(join(dir, 'a.md'), '接诉即办', dir)).toBe(join(dir, '.shenjiaorc.json'))
    expect(JSON.parse(readFileSync(join(dir, '.shenjiaorc.json'), 'utf8'))).toEqual({dictionary: {allow: ['接诉即办']}})
  })
})

describe('ProjectConfigs', () => {
  it('puts the project configuration over settings and user dictionaries', async () => {
    const dir = workspace({
      'words.txt': '# 用户词典\n专精特新\n部暑\t部署\n',
      '.shenjiaorc.json': JSON.stringify({preset: 'strict', rules: {'typo/no-repeated-word': 'warning'}, dictionary: {allow: ['一网通办'], replace: {部暑: '布署'}}}),
    })
    const settings = {...defaultSettings, preset: 'recommended' as const, rules: {'typo/no-repeated-word': 'off' as const, 'punctuation/no-space-in-chinese': 'off' as const}, dictionaries: ['words.txt']}
    const {config, file, problems} = await new ProjectConfigs().resolve(join(dir, 'a.md'), settings, dir)
    expect(problems).toEqual([])
    expect(file).toBe(join(dir, '.shenjiaorc.json'))
    expect(config).toEqual({
      preset: 'strict',
      rules: {'typo/no-repeated-word': 'warning', 'punctuation/no-space-in-chinese': 'off'},
      dictionary: {allow: ['专精特新', '一网通办'], replace: {部暑: '布署'}},
    })
  })

  it('reports an unreadable dictionary and an invalid configuration, and goes on without them', async () => {
    const dir = workspace({'.shenjiaorc.json': '{"rules": {"nope/nope": "off"}}'})
    const configs = new ProjectConfigs()
    const {config, problems} = await configs.resolve(join(dir, 'a.md'), {...defaultSettings, dictionaries: ['missing.txt']}, dir)
    expect(config).toEqual({})
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('missing.txt')
    expect(problems[1]).toContain('nope/nope')
  })

  it('reads changed files after invalidate()', async () => {
    const dir = workspace({'.shenjiaorc.json': '{"preset": "strict"}'})
    const configs = new ProjectConfigs()
    expect((await configs.resolve(join(dir, 'a.md'), defaultSettings, dir)).config).toEqual({preset: 'strict'})
    writeFileSync(join(dir, '.shenjiaorc.json'), '{"preset": "recommended"}')
    expect((await configs.resolve(join(dir, 'a.md'), defaultSettings, dir)).config).toEqual({preset: 'strict'})
    configs.invalidate()
    expect((await configs.resolve(join(dir, 'a.md'), defaultSettings, dir)).config).toEqual({preset: 'recommended'})
  })
})

describe('parseUserDictionary', () => {
  it('reads words and tab-separated pairs, skipping comments and blank lines', () => {
    expect(parseUserDictionary('# 注释\n\n专精特新\r\n部暑\t部署\n相同\t相同\n')).toEqual({allow: ['专精特新', '相同'], replace: {部暑: '部署'}})
  })
})
