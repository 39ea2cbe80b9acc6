import {ConfigError, presetNames, ruleIds, validateConfig, type PresetName, type RuleSetting} from '@shenjiao/core'
import type {SeverityOverride} from './convert.js'

/**
 * The editor settings under `shenjiao.*` (VS Code contributes them; other clients send
 * them through `workspace/configuration` or `didChangeConfiguration`). The project's
 * `.shenjiaorc*` is shared with the CLI and CI, so where both set something it wins.
 */
export interface Settings {
  enable: boolean
  /** Used when the project configuration names no preset. */
  preset: PresetName | undefined
  /** Rule levels; the project configuration's `rules` override them rule by rule. */
  rules: Record<string, RuleSetting>
  /** Display severity by rule id, `<category>/*` or `*`; does not change what runs. */
  severityOverrides: Record<string, SeverityOverride>
  /**
   * User dictionary files, relative to the workspace folder: one allowed word per line,
   * or `wrong<TAB>right` for a replacement pair; `#` starts a comment line.
   */
  dictionaries: string[]
  /** Milliseconds of quiet after an edit before the document is checked. */
  debounce: number
}

export const defaultSettings: Settings = {
  enable: true,
  preset: undefined,
  rules: {},
  severityOverrides: {},
  dictionaries: [],
  debounce: 25,
}

const overrideValues: readonly string[] = ['error', 'warning', 'info', 'hint']

/**
 * Reads settings a client sent, keeping every valid part: a mistake in one setting is
 * reported and that setting falls back to its default, the rest still apply.
 */
export function readSettings(raw: unknown): {settings: Settings; problems: string[]} {
  const problems: string[] = []
  const settings: Settings = {...defaultSettings, rules: {}, severityOverrides: {}, dictionaries: []}
  if (!isRecord(raw)) return {settings, problems}
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable
  if (raw.preset !== undefined && raw.preset !== null && raw.preset !== '') {
    if (presetNames.includes(raw.preset as PresetName)) settings.preset = raw.preset as PresetName
    else problems.push(`设置 shenjiao.preset 应为 ${presetNames.join(' 或 ')}`)
  }
  if (isRecord(raw.rules)) {
    try {
      settings.rules = validateConfig({rules: raw.rules}, ruleIds, '设置 shenjiao.rules').rules ?? {}
    } catch (error) {
      problems.push(error instanceof ConfigError ? error.message : String(error))
    }
  }
  if (isRecord(raw.severityOverrides)) {
    for (const [key, value] of Object.entries(raw.severityOverrides)) {
      if (typeof value === 'string' && overrideValues.includes(value)) settings.severityOverrides[key] = value as SeverityOverride
      else problems.push(`设置 shenjiao.severityOverrides.${key} 应为 ${overrideValues.join('、')} 之一`)
    }
  }
  if (Array.isArray(raw.dictionaries)) {
    settings.dictionaries = raw.dictionaries.filter((path): path is string => typeof path === 'string' && path !== '')
  }
  if (typeof raw.debounce === 'number' && Number.isFinite(raw.debounce) && raw.debounce >= 0) settings.debounce = raw.debounce
  return {settings, problems}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
