import {segmenterNames, type SegmenterName} from '../segment/index.js'
import type {Severity} from '../types.js'

export type PresetName = 'recommended' | 'strict'
export const presetNames: readonly PresetName[] = ['recommended', 'strict']

export type RuleLevel = Severity | 'off'
/** `"off"`, a severity, or `[level, options]`. */
export type RuleSetting = RuleLevel | readonly [RuleLevel, Record<string, unknown>?]

/** The shape of `.shenjiaorc.json`, `.shenjiaorc.yaml` and the `shenjiao` key of package.json. */
export interface Config {
  preset?: PresetName
  rules?: Record<string, RuleSetting>
  dictionary?: {
    allow?: string[]
    replace?: Record<string, string>
  }
  segmenter?: SegmenterName
}

/** An invalid configuration, naming the file and the key so the user can fix it. */
export class ConfigError extends Error {
  readonly file: string | undefined
  readonly key: string

  constructor(message: string, key: string, file?: string) {
    super(`${file ?? '配置'}：${key ? `“${key}” ` : ''}${message}`)
    this.name = 'ConfigError'
    this.file = file
    this.key = key
  }
}

const levels: readonly string[] = ['off', 'error', 'warning', 'info']

/**
 * Checks untrusted configuration data and returns it typed. `knownRuleIds` catches typos
 * in rule ids, the commonest configuration mistake.
 */
export function validateConfig(data: unknown, knownRuleIds: ReadonlySet<string>, file?: string): Config {
  const fail = (key: string, message: string): never => {
    throw new ConfigError(message, key, file)
  }
  if (data === null || data === undefined) return {}
  if (!isRecord(data)) return fail('', '配置应为对象')
  const allowed = ['$schema', 'preset', 'rules', 'dictionary', 'segmenter']
  for (const key of Object.keys(data)) {
    if (!allowed.includes(key)) fail(key, `不是可识别的配置项，可用：${allowed.slice(1).join('、')}`)
  }
  const config: Config = {}
  if (data.preset !== undefined) {
    if (!presetNames.includes(data.preset as PresetName)) fail('preset', `应为 ${presetNames.join(' 或 ')}`)
    config.preset = data.preset as PresetName
  }
  if (data.segmenter !== undefined) {
    if (!segmenterNames.includes(data.segmenter as SegmenterName)) fail('segmenter', `应为 ${segmenterNames.join(' 或 ')}`)
    config.segmenter = data.segmenter as SegmenterName
  }
  if (data.rules !== undefined) {
    if (!isRecord(data.rules)) fail('rules', '应为“规则 id → 级别”的对象')
    const rules: Record<string, RuleSetting> = {}
    for (const [id, setting] of Object.entries(data.rules as Record<string, unknown>)) {
      if (!knownRuleIds.has(id)) fail(`rules.${id}`, '没有这条规则（规则 id 形如 punctuation/no-halfwidth-in-chinese）')
      const level = Array.isArray(setting) ? setting[0] : setting
      if (!levels.includes(level as string)) fail(`rules.${id}`, '级别应为 off、error、warning 或 info')
      if (Array.isArray(setting) && setting.length > 1 && !isRecord(setting[1])) fail(`rules.${id}[1]`, '规则选项应为对象')
      rules[id] = setting as RuleSetting
    }
    config.rules = rules
  }
  if (data.dictionary !== undefined) {
    const dictionary = data.dictionary
    if (!isRecord(dictionary)) return fail('dictionary', '应为对象，含 allow（词语数组）和 replace（错词 → 正词）')
    for (const key of Object.keys(dictionary)) {
      if (key !== 'allow' && key !== 'replace') fail(`dictionary.${key}`, '不是可识别的配置项，可用：allow、replace')
    }
    config.dictionary = {}
    if (dictionary.allow !== undefined) {
      const allow = dictionary.allow
      if (!Array.isArray(allow) || allow.some((word) => typeof word !== 'string' || word === '')) {
        fail('dictionary.allow', '应为非空字符串的数组')
      }
      config.dictionary.allow = allow as string[]
    }
    if (dictionary.replace !== undefined) {
      const replace = dictionary.replace
      if (!isRecord(replace)) return fail('dictionary.replace', '应为“错词 → 正词”的对象')
      for (const [wrong, right] of Object.entries(replace)) {
        if (wrong === '' || typeof right !== 'string' || right === '' || right === wrong) {
          fail(`dictionary.replace.${wrong}`, '正词应为与错词不同的非空字符串')
        }
      }
      config.dictionary.replace = replace as Record<string, string>
    }
  }
  return config
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
