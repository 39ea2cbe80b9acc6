/**
 * URLs: `http(s)://`, `ftp://` and `www.` addresses up to the first character
 * that cannot belong to one. Linear: a single character class, no nested quantifiers.
 */
const url = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+/gi

/** Marks that end the sentence, not the URL, when a URL ends in them (as GFM autolinks read them). */
const trailingMarks = '?!.,:*_~'

/**
 * Masks URLs with U+FFFC, one per code unit, so offsets stay the same. Trailing `,` `.` `:`
 * `?` `!` and an unbalanced `)` are left unmasked: in `详见http://x.cn,请查阅` the comma is
 * the sentence's.
 */
export function maskUrls(text: string): string {
  return text.replace(url, (match) => {
    const length = urlLength(match)
    return '\uFFFC'.repeat(length) + match.slice(length)
  })
}

/** Length of `candidate` without the marks and the closing parenthesis that follow the URL. */
function urlLength(candidate: string): number {
  let end = candidate.length
  for (;;) {
    const last = candidate[end - 1]!
    if (trailingMarks.includes(last)) end--
    else if (last === ')' && count(candidate, ')', end) > count(candidate, '(', end)) end--
    else return end
  }
}

function count(text: string, char: string, end: number): number {
  let found = 0
  for (let i = 0; i < end; i++) if (text[i] === char) found++
  return found
}
