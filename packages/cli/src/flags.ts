import {parseArgs} from 'node:util'
import type {Format} from '@shenjiao/core'
import {parseRuleFlag, type RuleFlag} from './rule-flags.js'
import {UsageError} from './usage-error.js'

export type ReportFormat = 'pretty' | 'json' | 'sarif'

interface Flag {
  name: string
  short?: string
  type: 'boolean' | 'string'
  multiple?: boolean
  /** Placeholder for the value in --help. */
  value?: string
  /** The values allowed, checked when parsing; --help lists them in `help`. */
  choices?: readonly string[]
  default?: string
  /** Lines of --help text, Chinese. */
  help: readonly string[]
}

/** Every flag `shenjiao check` accepts: the parser and --help both read this table. */
export const flags: readonly Flag[] = [
  {
    name: 'format',
    type: 'string',
    value: '<name>',
    choices: ['pretty', 'json', 'sarif'],
    default: 'pretty',
    help: ['输出格式：pretty 供人阅读，json 供程序读取，', 'sarif 供 GitHub 代码扫描'],
  },
  {
    name: 'fix',
    type: 'boolean',
    help: ['在文件中直接应用安全修复（保留 BOM 和换行符），', '报告修复了几处和剩下的问题'],
  },
  {
    name: 'fix-privacy',
    type: 'boolean',
    help: ['同 --fix，并把找到的个人信息改为脱敏形式', '（身份证号保留前 6 位和后 4 位等）'],
  },
  {
    name: 'rule',
    type: 'string',
    multiple: true,
    value: '<id>[=<level>]',
    help: [
      '把规则的级别改为 level（off、error、warning、info），可重复；',
      '只写 <id> 时，仅运行用 --rule 列出的规则',
    ],
  },
  {
    name: 'config',
    type: 'string',
    value: '<file>',
    help: ['使用此配置文件，不再查找各文件最近的 .shenjiaorc*'],
  },
  {
    name: 'max-warnings',
    type: 'string',
    value: '<n>',
    help: ['警告多于 n 个时退出码为 1（默认不限）'],
  },
  {
    name: 'stdin-format',
    type: 'string',
    value: '<name>',
    choices: ['text', 'markdown', 'html'],
    help: ['标准输入的格式：text、markdown 或 html', '（默认按 --stdin-filepath 的扩展名，否则为 text）'],
  },
  {
    name: 'stdin-filepath',
    type: 'string',
    value: '<path>',
    help: ['标准输入在报告中显示的路径，也用于查找配置'],
  },
  {name: 'help', short: 'h', type: 'boolean', help: ['显示本帮助']},
  {name: 'version', short: 'v', type: 'boolean', help: ['显示版本号']},
]

export interface CheckOptions {
  /** Files, directories and globs as given; `-` is standard input. */
  paths: string[]
  format: ReportFormat
  fix: boolean
  /** Also masks personal information (implies `fix`). */
  fixPrivacy: boolean
  rules: RuleFlag[]
  config: string | undefined
  /** Undefined means no limit. */
  maxWarnings: number | undefined
  stdinFormat: Format | undefined
  stdinFilepath: string | undefined
}

export type Command = {name: 'help'} | {name: 'version'} | {name: 'check'; options: CheckOptions}

const commandNames = ['check']

/** Reads the command line; throws UsageError with a message for the user. */
export function parseCommandLine(args: readonly string[]): Command {
  const {values, positionals} = parseFlagValues(args)
  if (values.help) return {name: 'help'}
  if (values.version) return {name: 'version'}
  const [command, ...paths] = positionals
  if (command === undefined) throw new UsageError('缺少命令，例如：shenjiao check docs')
  if (!commandNames.includes(command)) throw new UsageError(`未知命令“${command}”，可用命令：${commandNames.join('、')}`)
  for (const flag of flags) {
    const value = values[flag.name]
    if (flag.choices && typeof value === 'string' && !flag.choices.includes(value)) {
      throw new UsageError(`--${flag.name} 应为 ${flag.choices.join('、')} 之一，而不是“${value}”`)
    }
  }
  return {
    name: 'check',
    options: {
      paths: paths.length > 0 ? paths : ['.'],
      format: values.format as ReportFormat,
      fix: values.fix === true || values['fix-privacy'] === true,
      fixPrivacy: values['fix-privacy'] === true,
      rules: ((values.rule as string[] | undefined) ?? []).map(parseRuleFlag),
      config: values.config as string | undefined,
      maxWarnings: parseMaxWarnings(values['max-warnings'] as string | undefined),
      stdinFormat: values['stdin-format'] as Format | undefined,
      stdinFilepath: values['stdin-filepath'] as string | undefined,
    },
  }
}

type FlagValues = Record<string, string | boolean | Array<string | boolean> | undefined>

function parseFlagValues(args: readonly string[]): {values: FlagValues; positionals: string[]} {
  const options = Object.fromEntries(
    flags.map((flag) => [
      flag.name,
      {
        type: flag.type,
        ...(flag.short !== undefined && {short: flag.short}),
        ...(flag.multiple && {multiple: true}),
        ...(flag.default !== undefined && {default: flag.default}),
      },
    ]),
  )
  try {
    return parseArgs({args: [...args], options, allowPositionals: true, strict: true})
  } catch (error) {
    throw explainParseError(error as Error & {code?: string})
  }
}

/** node:util reports in English; say the same in Chinese, naming the flag. */
function explainParseError(error: Error & {code?: string}): Error {
  const name = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? ''
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`未知选项 ${name}`)
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = flags.find((candidate) => `--${candidate.name}` === name || `-${candidate.short}` === name)
    if (flag?.type === 'boolean') return new UsageError(`选项 ${name} 不接受取值`)
    return new UsageError(`选项 ${name} 缺少取值（取值以 - 开头时请写成 ${name}=<取值>）`)
  }
  return error
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings 应为非负整数，而不是“${value}”`)
  return Number(value)
}
