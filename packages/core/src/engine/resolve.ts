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
  const strict = config.preset === 'strict'
  const active: ActiveRule[] = []
  for (const rule of rules) {
    const setting: RuleSetting | undefined = config.rules?.[rule.id]
    const level = Array.isArray(setting) ? setting[0] : (setting as RuleSetting | undefined)
    let severity: Severity | 'off'
    if (level !== undefined) severity = level as Severity | 'off'
    else if (strict) severity = rule.severity === 'warning' ? 'error' : rule.severity
    else severity = rule.recommended ? rule.severity : 'off'
    if (severity === 'off') continue
    const overrides = Array.isArray(setting) ? (setting[1] as Record<string, unknown> | undefined) : undefined
    active.push({rule, severity, options: {...(rule.defaultOptions as object), ...overrides}})
  }
  return active
}
