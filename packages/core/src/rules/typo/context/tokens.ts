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

/**
 * A test of whether an offset lies inside a 《…》 title (a title is cited as issued, its old
 * wording included): after a 《 with no 》 between, and before some later 》. Built in one
 * pass over `text`, so a rule can ask at every match of a long paragraph.
 */
export function insideTitles(text: string): (index: number) => boolean {
  const lastClose = text.lastIndexOf('》')
  if (lastClose === -1 || !text.includes('《')) return () => false
  const inside = new Uint8Array(lastClose + 1)
  let open = -1
  let close = -1
  for (let i = 0; i <= lastClose; i++) {
    if (text[i] === '《') open = i
    else if (text[i] === '》') close = i
    if (close < open) inside[i] = 1
  }
  return (index) => inside[Math.max(0, index)] === 1
}
