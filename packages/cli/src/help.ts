import {supportedExtensions} from '@shenjiao/core'
import {flags} from './flags.js'
import {maxInputBytes} from './read-input.js'

/** The text of `shenjiao --help`, from the flag table. */
export function helpText(): string {
  const rows = flags.map((flag) => {
    const name = `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}`
    const value = flag.value ?? ''
    const help = flag.default === undefined ? flag.help : [...flag.help.slice(0, -1), `${flag.help.at(-1)}（默认 ${flag.default}）`]
    return {left: value ? `${name} ${value}` : name, help}
  })
  const width = Math.max(...rows.map((row) => row.left.length)) + 2
  const options = rows.flatMap(({left, help}) =>
    help.map((line, index) => `  ${(index === 0 ? left : '').padEnd(width)}${line}`),
  )
  return [
    '用法：shenjiao check [选项] [文件|目录|glob ...]',
    '',
    '检查中文政务文稿中的错别字、标点等问题。',
    `只检查 ${supportedExtensions.join(' ')} 文件。目录递归检查，跳过 .gitignore、`,
    '.shenjiaoignore 中列出的文件以及 node_modules、.git。不给路径时检查当前目录；',
    '“-” 表示读取标准输入。',
    '',
    '选项：',
    ...options,
    '',
    '退出码：',
    '  0  没有 error 级别的问题',
    '  1  有 error 级别的问题，或警告多于 --max-warnings',
    `  2  用法、配置或输入错误（文件不存在、二进制、不是 UTF-8、大于 ${maxInputBytes / 1024 / 1024} MB 等）；`,
    '     其他文件照常检查，但退出码为 2',
    '',
    '示例：',
    '  shenjiao check docs',
    "  shenjiao check 'docs/**/*.md' --fix",
    '  shenjiao check . --format sarif > shenjiao.sarif',
    '  shenjiao check - --stdin-format markdown < 通知.md',
    '  shenjiao check docs --rule punctuation/no-space-in-chinese=off',
    '',
  ].join('\n')
}
