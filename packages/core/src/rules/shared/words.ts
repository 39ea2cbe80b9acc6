import type {Token} from '../../segment/index.js'

/** Whether `[start, end)` begins and ends on word boundaries of `tokens`: not part of a longer word. */
export function onWordBoundaries(tokens: readonly Token[], start: number, end: number): boolean {
  return tokens.some((token) => token.start === start) && tokens.some((token) => token.end === end)
}
