import {formatOfPath, readConfigFile} from '@shenjiao/core'
import {checkTarget, type CheckSettings, type StdinTarget} from './check-target.js'
import type {CheckOptions} from './flags.js'
import {mapInOrder} from './in-order.js'
import {applyRuleFlags} from './rule-flags.js'
import {createReporter, type Write} from './reporters/index.js'
import {Tally} from './tally.js'
import {Site} from './site.js'
import {findTargets, type Target} from './targets.js'
import {UsageError} from './usage-error.js'

export type ExitCode = 0 | 1 | 2

export interface Output {
  stdout: Write
  stderr: Write
  color: boolean
}

/** Files read and checked at once: enough to overlap disk reads, few enough to stay well under file limits. */
const concurrency = 8

/**
 * `shenjiao check`: streams every target through reading, checking and fixing, reports in
 * walk order, and decides the exit code: 2 if any file could not be checked, else 1 for
 * errors or too many warnings, else 0.
 */
export async function runCheck(options: CheckOptions, output: Output): Promise<ExitCode> {
  const stdin = readsStdin(options)
  const settings: CheckSettings = {
    config: options.config === undefined ? undefined : (await readConfigFile(options.config)).config,
    ruleFlags: options.rules,
    fix: options.fix,
    fixPrivacy: options.fixPrivacy,
  }
  const reporter = createReporter(options.format, output.stdout, {color: output.color, fixing: options.fix})
  const tally = new Tally()
  const printed = new Set<string>()
  const targets = stdin ? stdinTargets(options) : findTargets(options.paths)
  const site = stdin ? undefined : await Site.around(options.paths)
  for await (const result of mapInOrder(targets, concurrency, (target) => checkTarget(target, settings))) {
    tally.add(result)
    if (result.kind === 'checked') {
      reporter.checked(result)
      site?.add(result)
    } else if (result.kind === 'ignored') output.stderr(`${result.path}：被 .gitignore 或 .shenjiaoignore 忽略，未检查\n`)
    else {
      // One broken configuration fails every file below it; say so once.
      if (!printed.has(result.message)) output.stderr(`${result.message}\n`)
      printed.add(result.message)
      reporter.failed(result)
    }
  }
  for (const page of (await site?.findings(settings.config, (config) => applyRuleFlags(config, settings.ruleFlags))) ?? []) {
    tally.addFindings(page.findings)
    reporter.site(page)
  }
  reporter.end(tally)
  const tooManyWarnings = options.maxWarnings !== undefined && tally.warning > options.maxWarnings
  if (tooManyWarnings) output.stderr(`警告 ${tally.warning} 个，多于 --max-warnings ${options.maxWarnings}\n`)
  if (tally.failed > 0) return 2
  return tally.error > 0 || tooManyWarnings ? 1 : 0
}

/** Whether the run reads standard input (`-`), after checking the flags that go with it. */
function readsStdin(options: CheckOptions): boolean {
  const stdin = options.paths.includes('-')
  if (stdin && options.paths.length > 1) throw new UsageError('“-”（标准输入）不能与其他路径一起使用')
  if (stdin && options.fix) throw new UsageError('--fix 只能修复文件，不能用于标准输入')
  if (!stdin && options.stdinFormat !== undefined) throw new UsageError('--stdin-format 只能与“-”（标准输入）一起使用')
  if (!stdin && options.stdinFilepath !== undefined) throw new UsageError('--stdin-filepath 只能与“-”（标准输入）一起使用')
  return stdin
}

async function* stdinTargets(options: CheckOptions): AsyncGenerator<Target | StdinTarget> {
  const filepath = options.stdinFilepath
  yield {
    kind: 'stdin',
    path: filepath ?? '<stdin>',
    format: options.stdinFormat ?? (filepath === undefined ? undefined : formatOfPath(filepath)) ?? 'text',
    configFrom: filepath ?? '.',
  }
}
