/**
 * URLs: `http(s)://`, `ftp://` and `www.` addresses up to the first character
 * that cannot belong to one. Linear: a single character class, no nested quantifiers.
 */
const url = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+/gi

/** Masks URLs with U+FFFC, one per code unit, so offsets stay the same. */
export function maskUrls(text: string): string {
  return text.replace(url, (match) => '\uFFFC'.repeat(match.length))
}
