import {formatOfPath, parse} from '../parse/index.js'
import type {Finding, Format} from '../types.js'
import type {Config} from './config.js'
import {lintDocument} from './run.js'

export interface CheckOptions {
  format?: Format
  /** Shown in error messages; also picks the format when `format` is not given. */
  path?: string
  config?: Config
}

/** The text offsets are counted in: the source without a leading UTF-8 BOM. */
export function stripBom(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
}

/** Checks one document held in memory. Offsets count UTF-16 code units after any BOM. */
export function check(source: string, options: CheckOptions = {}): Finding[] {
  const text = stripBom(source)
  const format = options.format ?? (options.path === undefined ? undefined : formatOfPath(options.path)) ?? 'text'
  return lintDocument(parse(text, format), text, options.config)
}
