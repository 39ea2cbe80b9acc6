import {stat} from 'node:fs/promises'
import {decodeText, InputError, readTextFile, stripBom, type FileText, type Format} from '@shenjiao/core'

/**
 * Largest input checked. Far above any real document, and below the size at which word
 * segmentation of a single huge paragraph takes gigabytes of memory.
 */
export const maxInputBytes = 10 * 1024 * 1024

const tooLarge = `大于 ${maxInputBytes / 1024 / 1024} MB，已跳过；不需要检查的文件请写入 .shenjiaoignore`

/** Reads a file for checking, refusing one too large to check. */
export async function readInputFile(path: string): Promise<FileText> {
  const size = await stat(path).then(
    (stats) => stats.size,
    () => 0,
  )
  if (size > maxInputBytes) throw new InputError(path, `文件${tooLarge}`)
  return readTextFile(path)
}

/** Reads standard input to the end, refusing more than `maxInputBytes`. */
export async function readStdin(path: string, format: Format): Promise<FileText> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > maxInputBytes) throw new InputError(path, `标准输入${tooLarge}`)
    chunks.push(chunk as Buffer)
  }
  const decoded = decodeText(Buffer.concat(chunks), path)
  const text = stripBom(decoded)
  return {text, hasBom: text.length !== decoded.length, format}
}
