/** Paired marks (GB/T 15834—2011 4.8, 4.9, 4.15): which closer ends which opener. */

/** Opening mark → closing mark. The half-width parentheses only ever pair with a partner. */
const closerOf: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['〈', '〉'],
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['〔', '〕'],
])

/** Each mark's family, named by its full-width opener: the full-width and half-width parentheses are one family. */
const familyOf: ReadonlyMap<string, string> = new Map(
  [...closerOf].flatMap(([open, close]): Array<[string, string]> => {
    const family = open === '(' ? '（' : open
    return [
      [open, family],
      [close, family],
    ]
  }),
)

/** An opening or closing mark at `index` in the text. */
export interface Mark {
  index: number
  char: string
}

/** A matched opener and closer; `enclosing` holds the openers of the matched pairs around it, outermost first. */
export interface Pair {
  open: Mark
  close: Mark
  enclosing: Mark[]
}

export interface PairScan {
  pairs: Pair[]
  /** Openers never closed, in text order. */
  unclosed: Mark[]
  /** Closers with no opener, in text order. */
  unopened: Mark[]
}

function isOpener(char: string): boolean {
  return closerOf.has(char)
}

export function isHalfwidth(char: string): boolean {
  return char === '(' || char === ')'
}

export function sameFamily(a: string, b: string): boolean {
  return familyOf.get(a) === familyOf.get(b)
}

/** The full-width closer that ends an opener. */
export function closerFor(opener: string): string {
  return opener === '(' ? '）' : closerOf.get(opener)!
}

/** The full-width opener that a closer ends. */
export function openerFor(closer: string): string {
  if (closer === ')') return '（'
  for (const [open, close] of closerOf) if (close === closer) return open
  throw new Error(`Not a closing mark: ${closer}`)
}

/**
 * Whether `’` at `index` is an apostrophe rather than a closing quote: before a digit
 * (’99) or between Latin letters (it’s).
 */
function isApostrophe(text: string, index: number): boolean {
  const after = text[index + 1] ?? ''
  return /[0-9]/.test(after) || (/[A-Za-z]/.test(text[index - 1] ?? '') && /[A-Za-z]/.test(after))
}

/**
 * Matches the paired marks of `text[start, end)` with a stack. A closer ends the nearest
 * open mark it belongs to, else the nearest of its family (（…) mixes widths); the marks
 * opened inside that one and still open are unclosed.
 */
export function scanPairs(text: string, start = 0, end = text.length): PairScan {
  const scan: PairScan = {pairs: [], unclosed: [], unopened: []}
  const stack: Mark[] = []
  for (let index = start; index < end; index++) {
    const char = text[index]!
    if (!familyOf.has(char)) continue
    if (isOpener(char)) {
      stack.push({index, char})
      continue
    }
    if (char === '’' && isApostrophe(text, index)) continue
    let depth = stack.findLastIndex((open) => closerOf.get(open.char) === char)
    if (depth < 0) depth = stack.findLastIndex((open) => sameFamily(open.char, char))
    if (depth < 0) {
      scan.unopened.push({index, char})
      continue
    }
    scan.unclosed.push(...stack.splice(depth + 1))
    const open = stack.pop()!
    scan.pairs.push({open, close: {index, char}, enclosing: [...stack]})
  }
  scan.unclosed.push(...stack)
  scan.unclosed.sort((a, b) => a.index - b.index)
  const matched = new Set(scan.pairs.map((pair) => pair.open))
  for (const pair of scan.pairs) pair.enclosing = pair.enclosing.filter((mark) => matched.has(mark))
  return scan
}
