import {everyRule, levelOf, ruleIds, type Config, type RuleLevel, type RuleSetting} from '@shenjiao/core'
import {UsageError} from './usage-error.js'

/** One `--rule <id>[=<level>]`; no level means “run this rule” (and, with it, only the rules named). */
export interface RuleFlag {
  id: string
  level?: RuleLevel
}

const levels: readonly string[] = ['off', 'error', 'warning', 'info']

export function parseRuleFlag(value: string): RuleFlag {
  const [id = '', level, ...rest] = value.split('=')
  if (!ruleIds.has(id)) {
    throw new UsageError(`--rule：没有规则“${id}”，可用规则：${[...ruleIds].join('、')}`)
  }
  if (level === undefined) return {id}
  if (rest.length > 0 || !levels.includes(level)) {
    throw new UsageError(`--rule ${id}：级别应为 off、error、warning 或 info，而不是“${[level, ...rest].join('=')}”`)
  }
  return {id, level: level as RuleLevel}
}

/**
 * Lays the --rule flags over a file's configuration. `id=level` sets the level and keeps the
 * rule's options. A bare `id` turns the rule on at the level the configuration gives it (or its
 * own default when the configuration leaves it off), and every rule not named is turned off.
 */
export function applyRuleFlags(config: Config, ruleFlags: readonly RuleFlag[]): Config {
  if (ruleFlags.length === 0) return config
  const settings: Record<string, RuleSetting> = {...config.rules}
  const all = everyRule
  if (ruleFlags.some((flag) => flag.level === undefined)) {
    const named = new Set(ruleFlags.map((flag) => flag.id))
    for (const rule of all) if (!named.has(rule.id)) settings[rule.id] = 'off'
  }
  for (const {id, level} of ruleFlags) {
    const rule = all.find((candidate) => candidate.id === id)!
    const configured = levelOf(rule, config)
    settings[id] = withLevel(settings[id], level ?? (configured === 'off' ? rule.severity : configured))
  }
  return {...config, rules: settings}
}

function withLevel(setting: RuleSetting | undefined, level: RuleLevel): RuleSetting {
  return Array.isArray(setting) ? [level, setting[1]] : level
}
