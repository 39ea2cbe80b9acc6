import type {Finding, LineIndex} from '@shenjiao/core'
import {printableChar, printableWidth} from './printable.js'
import {textWidth} from './width.js'

/** Columns of context shown on each side of a finding, and of the finding itself. */
const contextColumns = 40
const rangeColumns = 60
const cut = '...'

/** A range of the text whose characters are shown as `*` (privacy findings). */
export interface MaskedRange {
  start: number
  end: number
}

/** The source line of a finding, ready to print: `marker` columns in, `width` columns of `^`. */
export interface Excerpt {
  line: number
  source: string
  marker: number
  width: number
}

/**
 * The line a finding starts on, cut to a window around the finding so that a long line
 * (minified HTML, a 50 MB paragraph) prints as one short line; a finding spanning lines is
 * underlined to the end of its first line.
 */
export function excerpt(text: string, lines: LineIndex, finding: Finding, masked: readonly MaskedRange[]): Excerpt {
  const lineStart = lines.lineStart(finding.line)!
  const lineEnd = withoutLineEnding(text, lines.lineStart(finding.line + 1) ?? text.length)
  const start = finding.offset
  const end = Math.min(start + finding.length, lineEnd)
  const from = cutBackward(text, start, lineStart, contextColumns)
  const rangeTo = cutForward(text, start, end, rangeColumns)
  const to = rangeTo < end ? rangeTo : cutForward(text, end, lineEnd, contextColumns)
  const show = (a: number, b: number): string => render(text, a, b, masked)
  const before = (from > lineStart ? cut : '') + show(from, start)
  const range = show(start, rangeTo)
  const after = rangeTo < end ? cut : show(end, to) + (to < lineEnd ? cut : '')
  return {line: finding.line, source: before + range + after, marker: textWidth(before), width: Math.max(1, textWidth(range))}
}

function withoutLineEnding(text: string, end: number): number {
  if (text[end - 1] === '\n') end--
  if (text[end - 1] === '\r') end--
  return end
}

/** Where `maxColumns` columns of text from `start` end, not passing `limit`. */
function cutForward(text: string, start: number, limit: number, maxColumns: number): number {
  let columns = 0
  let index = start
  while (index < limit) {
    const char = String.fromCodePoint(text.codePointAt(index)!)
    columns += printableWidth(char)
    if (columns > maxColumns) break
    index += char.length
  }
  return index
}

/** Where `maxColumns` columns of text ending at `end` begin, not before `limit`. */
function cutBackward(text: string, end: number, limit: number, maxColumns: number): number {
  let columns = 0
  let index = end
  while (index > limit) {
    const pair = index - 2 >= limit && isSurrogatePair(text.charCodeAt(index - 2), text.charCodeAt(index - 1))
    const char = text.slice(index - (pair ? 2 : 1), index)
    columns += printableWidth(char)
    if (columns > maxColumns) break
    index -= char.length
  }
  return index
}

function isSurrogatePair(high: number, low: number): boolean {
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

function render(text: string, start: number, end: number, masked: readonly MaskedRange[]): string {
  let output = ''
  for (let index = start; index < end; ) {
    const char = String.fromCodePoint(text.codePointAt(index)!)
    const hidden = masked.some((range) => index < range.end && index + char.length > range.start)
    output += hidden ? '*'.repeat(printableWidth(char)) : printableChar(char)
    index += char.length
  }
  return output
}
