/**
 * Full-width digits, Latin letters and marks (０–９, Ａ–Ｚ, ＊, ＠, －) read as ASCII, and the
 * ideographic space as a space. One code unit becomes one, so offsets stay the same.
 */
export function toHalfwidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  )
}

/** Ends a sentence, a list item or a line: what a context word does not reach across. */
const sentenceBreak = /[。；;！!？?\n]/

/** Also ends a comma clause. */
const clauseBreak = /[。；;！!？?\n，,、]/

/** Offset where the sentence holding `index` starts. */
export function sentenceStart(text: string, index: number): number {
  return lastBreakBefore(text, index, sentenceBreak)
}

/** Offset where the comma clause holding `index` starts. */
export function clauseStart(text: string, index: number): number {
  return lastBreakBefore(text, index, clauseBreak)
}

function lastBreakBefore(text: string, index: number, pattern: RegExp): number {
  for (let i = index - 1; i >= 0; i--) if (pattern.test(text[i]!)) return i + 1
  return 0
}

/**
 * The position of the last item ending at or before `index` in items sorted by offset that
 * do not overlap (cues, names), or -1: a binary search, so long segments stay linear.
 */
export function lastEndingBy(items: ReadonlyArray<{end: number}>, index: number): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (items[middle]!.end <= index) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Digits and Latin letters only, upper-cased: the form a leaked identifier is hashed in. */
export function compact(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, '').toUpperCase()
}

/** What may group the digits of a number: 138 0013 8000, 6222-0212-3456-7890. */
const separators = /[ -]/g

/** Characters editors mask with: 138****5678, 110105××××××××002X, 张某某. */
export function isMaskChar(char: string | undefined): boolean {
  return char === '*' || char === '×' || char === 'X' || char === 'x' || char === '●'
}

/**
 * Replaces with `*` every character of `value` outside the first `keepStart` and the last
 * `keepEnd`, keeping spaces and hyphens where they are: 138-0013-8000 → 138-****-8000.
 */
export function maskKeeping(value: string, keepStart: number, keepEnd: number): string {
  const total = value.replace(separators, '').length
  let seen = 0
  return value.replace(/[^ -]/g, (char) => {
    const position = seen++
    return position < keepStart || position >= total - keepEnd ? char : '*'
  })
}

/**
 * Whether a value with mask characters still shows more than it may: any digit outside the
 * first `keepStart` and last `keepEnd` characters (110105194912****2X shows a birth date).
 */
export function revealsTooMuch(value: string, keepStart: number, keepEnd: number): boolean {
  const chars = [...value.replace(separators, '')]
  return chars.some((char, i) => i >= keepStart && i < chars.length - keepEnd && /\d/.test(char))
}
