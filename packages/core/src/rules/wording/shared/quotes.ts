/** Quotation marks a formulation may carry or not: “两个维护” and 两个维护 are the same 提法. */
const quote = /[“”‘’「」『』"]/

export interface Unquoted {
  text: string
  /** `offsets[i]` is where character `i` of `text` sits in the original string. */
  offsets: number[]
}

/** The text without quotation marks, with a map back to the original offsets. */
export function withoutQuotes(original: string): Unquoted {
  let text = ''
  const offsets: number[] = []
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!
    if (quote.test(char)) continue
    text += char
    offsets.push(i)
  }
  return {text, offsets}
}

/** An `[start, end)` range of the unquoted text as a range of the original. */
export function originalRange({offsets}: Unquoted, start: number, end: number): [number, number] {
  return [offsets[start]!, offsets[end - 1]! + 1]
}

/**
 * `replacement` with the quotation marks of `original` kept where they were, when both have
 * the same characters besides the marks (a one-character slip inside “三个代表”重要思想);
 * otherwise `replacement` as it is.
 */
export function withCharacters(original: string, replacement: string): string {
  const unquoted = withoutQuotes(original)
  if (unquoted.text.length !== replacement.length || unquoted.text.length === original.length) return replacement
  const chars = original.split('')
  let next = 0
  return chars.map((char) => (quote.test(char) ? char : replacement[next++]!)).join('')
}
