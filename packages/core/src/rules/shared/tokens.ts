import type {Token} from '../../segment/index.js'

/**
 * Position of the token with `start <= offset < end`, or -1. Tokens tile the text in order,
 * so a binary search finds it: rules look tokens up around every match, and a linear scan
 * per lookup would make a long paragraph with many matches quadratic.
 */
export function tokenIndexContaining(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const token = tokens[middle]!
    if (offset < token.start) high = middle - 1
    else if (offset >= token.end) low = middle + 1
    else return middle
  }
  return -1
}

/** The token with `start <= offset < end`, if there is one. */
export function tokenContaining(tokens: readonly Token[], offset: number): Token | undefined {
  return tokens[tokenIndexContaining(tokens, offset)]
}

/** The token starting at `offset`, if a token starts there. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): Token | undefined {
  const token = tokenContaining(tokens, offset)
  return token?.start === offset ? token : undefined
}

/** The token ending at `offset`, if a token ends there. */
export function tokenEndingAt(tokens: readonly Token[], offset: number): Token | undefined {
  const token = tokenContaining(tokens, offset - 1)
  return token?.end === offset ? token : undefined
}

/** Whether `[start, end)` begins and ends on word boundaries of `tokens`: not part of a longer word. */
export function onWordBoundaries(tokens: readonly Token[], start: number, end: number): boolean {
  return tokenStartingAt(tokens, start) !== undefined && tokenEndingAt(tokens, end) !== undefined
}
