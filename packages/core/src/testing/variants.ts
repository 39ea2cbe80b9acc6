import type {Format} from '../types.js'

/**
 * A case's text written in another way: as Markdown, as HTML, or behind an astral
 * character. `positions[i]` is where code unit `i` of the text starts in `source`, and
 * `positions[text.length]` where the text ends, so a finding's range maps across.
 */
export interface Variant {
  name: string
  format: Format
  source: string
  positions: number[]
  /** The same transformation applied to another text (the fixed output). */
  wrap(text: string): string
}

const markdownSpecial = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '~'])
const htmlEntities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

/**
 * The variants every plain-text case is re-run as: Markdown `**…**` (markup characters
 * backslash-escaped), HTML `<p>…</p>` (text HTML-escaped), and text with `𠮷` in front,
 * which shifts offsets by exactly 2 UTF-16 code units.
 */
export function variantsOf(text: string): Variant[] {
  return [
    makeVariant('markdown', 'markdown', '**', '**', (char) => (markdownSpecial.has(char) ? `\\${char}` : char), text),
    makeVariant('html', 'html', '<p>', '</p>', (char) => htmlEntities[char] ?? char, text),
    makeVariant('astral', 'text', '𠮷', '', (char) => char, text),
  ]
}

function makeVariant(
  name: string,
  format: Format,
  prefix: string,
  suffix: string,
  escape: (char: string) => string,
  text: string,
): Variant {
  const positions: number[] = []
  let body = ''
  for (const char of text.split('')) {
    positions.push(prefix.length + body.length)
    body += escape(char)
  }
  positions.push(prefix.length + body.length)
  const wrap = (value: string): string => prefix + value.split('').map(escape).join('') + suffix
  return {name, format, source: prefix + body + suffix, positions, wrap}
}
