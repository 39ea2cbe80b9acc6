import {writeFile} from 'node:fs/promises'
import {check, ConfigError, findConfig, fix, InputError, type Config, type FileText, type Finding, type Format} from '@shenjiao/core'
import {readInputFile, readStdin} from './read-input.js'
import {applyRuleFlags, type RuleFlag} from './rule-flags.js'
import type {Target} from './targets.js'

/** Standard input, shown as `path`; `configFrom` is where the configuration search starts. */
export interface StdinTarget {
  kind: 'stdin'
  path: string
  format: Format
  configFrom: string
}

export type FileResult =
  /** `text` is what `findings` point into: the file after any fixes, without BOM. */
  | {kind: 'checked'; path: string; text: string; findings: Finding[]; fixed: number}
  | {kind: 'ignored'; path: string}
  /** Input, configuration or write errors; `message` names the file. */
  | {kind: 'failed'; path: string; message: string}

export interface CheckSettings {
  /** From --config; otherwise each file's nearest configuration applies. */
  config: Config | undefined
  ruleFlags: readonly RuleFlag[]
  fix: boolean
  fixPrivacy: boolean
}

/** Reads, checks and (with --fix) fixes one target. Never rejects: failures become results. */
export async function checkTarget(target: Target | StdinTarget, settings: CheckSettings): Promise<FileResult> {
  if (target.kind === 'ignored') return target
  if (target.kind === 'error') return {kind: 'failed', path: target.error.path, message: target.error.message}
  const {path} = target
  try {
    const file = target.kind === 'stdin' ? await readStdin(path, target.format) : await readInputFile(path)
    const found = settings.config ?? (await findConfig(target.kind === 'stdin' ? target.configFrom : path)).config
    const options = {format: file.format, path, config: applyRuleFlags(found, settings.ruleFlags)}
    if (!settings.fix || target.kind === 'stdin') {
      return {kind: 'checked', path, text: file.text, findings: check(file.text, options), fixed: 0}
    }
    const result = fix(file.text, {...options, privacy: settings.fixPrivacy})
    if (result.applied.length > 0) await writeFixed(path, file, result.output)
    return {kind: 'checked', path, text: result.output, findings: result.findings, fixed: result.applied.length}
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) return {kind: 'failed', path, message: error.message}
    return {kind: 'failed', path, message: `${path}：检查时出现内部错误，请报告此问题：${(error as Error).stack ?? error}`}
  }
}

/** Writes fixed text back, with the BOM the file had; the fixes left its line endings alone. */
async function writeFixed(path: string, file: FileText, output: string): Promise<void> {
  try {
    const bom = file.hasBom ? '\uFEFF' : ''
    await writeFile(path, bom + output)
  } catch (error) {
    throw new InputError(path, `无法写入修复结果（${(error as NodeJS.ErrnoException).code}）`)
  }
}
