/** Character classes the rules share; code points, so astral Han (𠮷) counts as Han. */

const han = /^\p{Script=Han}$/u

/** A Han character (CJK ideograph), given as a whole code point. */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && han.test(char)
}

/** Full-width punctuation and the quotes, brackets and marks used in Chinese text. */
const cjkPunctuation = /^[\u3001-\u3003\u3008-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]$/

export function isCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && cjkPunctuation.test(char)
}

/** 点号 (GB/T 15834—2011 4.1–4.7): the marks that pause in or end a sentence. */
const pointMark = /^[，。、；：？！]$/

export function isPointMark(char: string | undefined): boolean {
  return char !== undefined && pointMark.test(char)
}

/** Han or Chinese punctuation: what makes the text around a mark Chinese. */
export function isChinese(char: string | undefined): boolean {
  return isHan(char) || isCjkPunctuation(char)
}

export function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9'
}

export function isAsciiAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /^[0-9A-Za-z]$/.test(char)
}

/** The code point that ends just before `index` (a surrogate pair counts as one). */
export function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined
  const low = text.charCodeAt(index - 1)
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index)
  }
  return text[index - 1]
}

/** The code point that starts at `index`. */
export function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined
  const code = text.codePointAt(index)!
  return String.fromCodePoint(code)
}

/**
 * Marks of East Asian Width "ambiguous": quotes, ellipsis, dash, middle dot. Fonts draw
 * them narrow in Latin typefaces, so writers pad them with spaces; such a space is a
 * display workaround, not a slip in the Chinese text.
 */
const ambiguousWidth = /^[\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]$/

export function isAmbiguousWidth(char: string | undefined): boolean {
  return char !== undefined && ambiguousWidth.test(char)
}
