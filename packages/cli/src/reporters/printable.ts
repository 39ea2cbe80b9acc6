import {charWidth} from './width.js'

/** Columns a tab takes in an excerpt: tabs are expanded so the underline lines up. */
const tabColumns = 4

/**
 * What to send a terminal for one character of user text: control characters become
 * visible symbols (␛ for ESC) so a file cannot drive the terminal, tabs become spaces.
 */
export function printableChar(char: string): string {
  if (char === '\t') return ' '.repeat(tabColumns)
  const code = char.codePointAt(0)!
  if (code < 0x20) return String.fromCharCode(0x2400 + code)
  if (code === 0x7f) return '\u2421'
  if (code >= 0x80 && code < 0xa0) return '?'
  return char
}

/** Terminal columns of a character as `printableChar` renders it. */
export function printableWidth(char: string): number {
  return char === '\t' ? tabColumns : charWidth(printableChar(char))
}

export function printable(text: string): string {
  // Fast path: almost every message and path has no control characters.
  return /[\u0000-\u001f\u007f-\u009f]/.test(text) ? Array.from(text, printableChar).join('') : text
}
