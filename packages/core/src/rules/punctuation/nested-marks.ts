import {defineRule} from '../../engine/rule.js'
import {isHan} from '../shared/chars.js'
import {linesOf} from '../shared/lines.js'
import {scanPairs, type Pair} from './shared/pairs.js'

/**
 * The marks a nesting alternates between, outermost first: double quotes outside and
 * single inside (a third level goes back to double), 《》 outside and 〈〉 inside.
 */
const levels: ReadonlyArray<{marks: readonly [string, string]; alternate: readonly [string, string]; messageId: 'quote' | 'title'}> = [
  {marks: ['“', '”'], alternate: ['‘', '’'], messageId: 'quote'},
  {marks: ['《', '》'], alternate: ['〈', '〉'], messageId: 'title'},
]

/** The nesting a mark (opener or closer) takes part in. */
function levelOf(char: string): (typeof levels)[number] | undefined {
  return levels.find((level) => level.marks.includes(char) || level.alternate.includes(char))
}

/** The marks a pair should use, given how many pairs of its kind enclose it. */
function expectedMarks(pair: Pair): readonly [string, string] | undefined {
  const level = levelOf(pair.open.char)
  if (!level) return undefined
  const depth = pair.enclosing.filter((mark) => levelOf(mark.char) === level).length
  return depth % 2 === 0 ? level.marks : level.alternate
}

export default defineRule({
  id: 'punctuation/nested-marks',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    quote: '引号套用应外层用双引号、内层用单引号，应为“{expected}”',
    title: '书名号套用应外层用《》、内层用〈〉，应为“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const [start, end] of linesOf(text)) {
          const scan = scanPairs(text, start, end)
          // Where a mark is left unmatched (punctuation/paired-marks), the levels cannot be told.
          const unsure = new Set([...scan.unclosed, ...scan.unopened].map((mark) => levelOf(mark.char)))
          for (const pair of scan.pairs) {
            const marks = expectedMarks(pair)
            if (!marks || marks[0] === pair.open.char || unsure.has(levelOf(pair.open.char))) continue
            const inner = text.slice(pair.open.index + 1, pair.close.index)
            // 〈x, y〉 with no Han inside is notation, not a title.
            if (pair.open.char === '〈' && ![...inner].some(isHan)) continue
            const level = levelOf(pair.open.char)!
            context.report({
              messageId: level.messageId,
              range: [pair.open.index, pair.close.index + 1],
              expected: [marks[0] + inner + marks[1]],
              // A pair of “ ” inside another may be a quote typed the wrong way round (“A“B”C”).
              ...(level.messageId === 'quote' && {fixable: 'suggest' as const}),
            })
          }
        }
      },
    }
  },
})
