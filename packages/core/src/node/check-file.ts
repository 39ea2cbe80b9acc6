import {readFile} from 'node:fs/promises'
import {check, stripBom} from '../engine/check.js'
import type {Config} from '../engine/config.js'
import {formatOfPath, supportedExtensions} from '../parse/index.js'
import type {Finding, Format} from '../types.js'
import {findConfig} from './config.js'

/** A file that cannot be checked: missing, binary, not UTF-8 or of an unknown type. */
export class InputError extends Error {
  readonly path: string

  constructor(path: string, message: string) {
    super(`${path}：${message}`)
    this.name = 'InputError'
    this.path = path
  }
}

/** `ignoreBOM` keeps a BOM in the text (by default the decoder drops it), so callers can tell it was there. */
const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** Decodes file bytes as UTF-8 text, BOM kept, refusing binary data and other encodings. */
export function decodeText(bytes: Uint8Array, path: string): string {
  const probe = bytes.subarray(0, 8000)
  if (probe.includes(0)) throw new InputError(path, '是二进制文件，不是文本，已跳过')
  try {
    return utf8.decode(bytes)
  } catch {
    throw new InputError(path, '不是 UTF-8 编码的文本（可能是 GBK），请先转换为 UTF-8')
  }
}

export interface CheckFileOptions {
  /** Skips the search for `.shenjiaorc*` when given. */
  config?: Config
  format?: Format
}

export interface FileText {
  /** The text offsets count in (BOM removed). */
  text: string
  hasBom: boolean
  format: Format
}

/** Reads a file for checking: its text, whether it had a BOM and its format. */
export async function readTextFile(path: string, format?: Format): Promise<FileText> {
  const chosen = format ?? formatOfPath(path)
  if (!chosen) {
    throw new InputError(path, `不是可检查的文件类型（支持 ${supportedExtensions.join(' ')}）`)
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(path, code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '是目录' : `无法读取（${code}）`)
  }
  const decoded = decodeText(bytes, path)
  const text = stripBom(decoded)
  return {text, hasBom: text.length !== decoded.length, format: chosen}
}

/** Checks a file on disk with the nearest configuration, choosing the format by extension. */
export async function checkFile(path: string, options: CheckFileOptions = {}): Promise<Finding[]> {
  const {text, format} = await readTextFile(path, options.format)
  const config = options.config ?? (await findConfig(path)).config
  return check(text, {format, path, config})
}
