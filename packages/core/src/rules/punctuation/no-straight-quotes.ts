import {defineRule} from '../../engine/rule.js'
import {charAt, charBefore, isAsciiDigit, isChinese} from '../shared/chars.js'
import {linesOf} from '../shared/lines.js'

/** Straight quotes (ASCII and full-width) → the curly opener and closer they stand for. */
const curly: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['"', ['“', '”']],
  ['＂', ['“', '”']],
  ["'", ['‘', '’']],
  ['＇', ['‘', '’']],
])

/**
 * Whether the quote after a digit is a prime in a coordinate or angle (116°23'17"): the
 * digits before it follow a degree sign or another prime.
 */
function isPrime(text: string, index: number): boolean {
  let start = index
  while (isAsciiDigit(text[start - 1])) start--
  return start < index && /[°'′]/.test(text[start - 1] ?? '')
}

/** Whether a straight quote sits in Chinese text: next to a Han character or Chinese mark. */
function isInChinese(text: string, index: number): boolean {
  return isChinese(charBefore(text, index)) || isChinese(charAt(text, index + 1))
}

/** An opener starts a word, a closer ends one; undefined when the neighbours do not say. */
function directionOf(text: string, index: number): 0 | 1 | undefined {
  const before = charBefore(text, index)
  const after = charAt(text, index + 1)
  const isWordy = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char)
  if (isWordy(after) && !isWordy(before)) return 0
  if (isWordy(before) && !isWordy(after)) return 1
  return undefined
}

export default defineRule({
  id: 'punctuation/no-straight-quotes',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    straight: '中文语境中出现直引号（{actual}），应使用弯引号（{expected}）',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        if (!/["'＂＇]/.test(text)) return
        for (const [start, end] of linesOf(text)) {
          const byKind = new Map<string, number[]>()
          for (let index = start; index < end; index++) {
            const char = text[index]!
            if (!curly.has(char) || isPrime(text, index)) continue
            const quotes = byKind.get(char) ?? []
            quotes.push(index)
            byKind.set(char, quotes)
          }
          for (const [straight, quotes] of byKind) {
            const marks = curly.get(straight)!
            if (!quotes.some((index) => isInChinese(text, index))) continue
            // Quotes that pair up in the line have a certain direction: odd ones open, even ones close.
            const paired = quotes.length % 2 === 0
            quotes.forEach((index, position) => {
              const partner = quotes[position % 2 === 0 ? position + 1 : position - 1]
              if (!isInChinese(text, index) && !(paired && partner !== undefined && isInChinese(text, partner))) return
              const direction = paired ? (position % 2 as 0 | 1) : directionOf(text, index)
              context.report({
                messageId: 'straight',
                range: [index, index + 1],
                expected: direction === undefined ? [...marks] : [marks[direction]],
                ...(!paired && {fixable: 'suggest' as const}),
              })
            })
          }
        }
      },
    }
  },
})
