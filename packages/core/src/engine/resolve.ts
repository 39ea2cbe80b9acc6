import {rules} from '../rules/index.js'
import type {Severity} from '../types.js'
import type {Config, RuleSetting} from './config.js'
import type {Rule} from './rule.js'

export interface ActiveRule {
  rule: Rule<string, unknown>
  severity: Severity
  options: unknown
}

/**
 * The rules a configuration turns on. `recommended` (the default) enables the rules marked
 * recommended at their own severity; `strict` enables every rule and raises warnings to
 * errors. Entries under `rules` override the preset.
 */
export function resolveRules(config: Config = {}): ActiveRule[] {
  const active: ActiveRule[] = []
  for (const rule of rules) {
    const severity = levelOf(rule, config)
    if (severity === 'off') continue
    const setting = config.rules?.[rule.id]
    const overrides = Array.isArray(setting) ? (setting[1] as Record<string, unknown> | undefined) : undefined
    active.push({rule, severity, options: {...(rule.defaultOptions as object), ...overrides}})
  }
  return active
}

/** The level a configuration gives one rule: its own setting, else what the preset says. */
export function levelOf(rule: {id: string; severity: Severity; recommended: boolean}, config: Config = {}): Severity | 'off' {
  const setting: RuleSetting | undefined = config.rules?.[rule.id]
  const level = Array.isArray(setting) ? setting[0] : (setting as RuleSetting | undefined)
  if (level !== undefined) return level as Severity | 'off'
  if (config.preset === 'strict') return rule.severity === 'warning' ? 'error' : rule.severity
  return rule.recommended ? rule.severity : 'off'
}
