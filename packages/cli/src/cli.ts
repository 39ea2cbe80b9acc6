import {ConfigError} from '@shenjiao/core'
import {parseCommandLine} from './flags.js'
import {helpText} from './help.js'
import {packageInfo} from './package-info.js'
import {shouldColor} from './reporters/colors.js'
import {runCheck, type ExitCode} from './run.js'
import {UsageError} from './usage-error.js'

const stdout = (text: string): void => void process.stdout.write(text)
const stderr = (text: string): void => void process.stderr.write(text)

/** The `shenjiao` command. Returns the exit code rather than exiting, so output is flushed. */
export async function main(args: readonly string[]): Promise<ExitCode> {
  // A reader that stops early (`shenjiao check docs | head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  try {
    const command = parseCommandLine(args)
    if (command.name === 'help') stdout(helpText())
    if (command.name === 'version') stdout(`${packageInfo.version}\n`)
    if (command.name !== 'check') return 0
    return await runCheck(command.options, {stdout, stderr, color: shouldColor(process.stdout, process.env)})
  } catch (error) {
    if (error instanceof UsageError) stderr(`shenjiao：${error.message}\n运行 shenjiao --help 查看用法\n`)
    else if (error instanceof ConfigError) stderr(`${error.message}\n`)
    else stderr(`shenjiao 内部错误，请报告此问题：\n${(error as Error).stack ?? error}\n`)
    return 2
  }
}
