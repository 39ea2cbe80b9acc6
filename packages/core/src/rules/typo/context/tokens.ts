import {isCjkPunctuation} from '../../shared/chars.js'

/** Punctuation, spaces and the U+FFFC placeholder: what ends a clause for these rules. */
function isBreak(char: string | undefined): boolean {
  return char === undefined || isCjkPunctuation(char) || /^[\s!-/:-@[-`{-~\uFFFC]$/.test(char)
}

/** The text from `index` up to the next clause boundary. */
export function clauseFrom(text: string, index: number): string {
  let end = index
  while (end < text.length && !isBreak(text[end])) end++
  return text.slice(index, end)
}


/** The text from the last clause boundary before `index` up to `index`. */
export function clauseBefore(text: string, index: number): string {
  let start = index
  while (start > 0 && !isBreak(text[start - 1])) start--
  return text.slice(start, index)
}

/** Whether `index` lies inside a 《…》 title: a title is cited as issued, its old wording included. */
export function isInsideTitle(text: string, index: number): boolean {
  const open = text.lastIndexOf('《', index)
  return open !== -1 && text.lastIndexOf('》', index) < open && text.indexOf('》', index) !== -1
}
