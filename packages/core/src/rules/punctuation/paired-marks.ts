import {defineRule, type ProseSegment} from '../../engine/rule.js'
import {linesOf} from '../shared/lines.js'
import {closerFor, isHalfwidth, openerFor, sameFamily, scanPairs, type Mark} from './shared/pairs.js'

/**
 * How many lines later a closer may still end an opener left open at a line's end: copy
 * taken from web pages breaks lines inside a title or quotation (a linked 《 / 标题 / 》).
 */
const lineGap = 2

/** An opener left open at the end of its line, waiting for a closer on a later line. */
interface OpenMark {
  mark: Mark
  segment: ProseSegment
  line: number
}

/** The first character of a line after its indentation. */
function firstCharOf(text: string, start: number, end: number): {index: number; char: string} | undefined {
  for (let index = start; index < end; index++) {
    if (!/[ \u3000\t\u00a0]/.test(text[index]!)) return {index, char: text[index]!}
  }
  return undefined
}

export default defineRule({
  id: 'punctuation/paired-marks',
  severity: 'error',
  recommended: true,
  messages: {
    unclosed: '{actual}缺少配对的后半{partner}',
    unopened: '{actual}缺少配对的前半{partner}',
    mismatched: '前半{open}与后半{close}不是同一种标号，应改为同一种',
    reversed: '引号方向有误，此处应为{expected}',
  },
  defaultOptions: {},
  create(context) {
    let carried: OpenMark[] = []
    let lineNumber = 0

    const reportUnclosed = ({mark, segment}: OpenMark): void => {
      context.report({
        messageId: 'unclosed',
        range: [mark.index, mark.index + 1],
        data: {partner: closerFor(mark.char)},
        segment,
      })
    }

    /** Ends the carried opener a closer on this line matches; the ones above it stay unclosed. */
    const closeCarried = (closer: Mark): boolean => {
      let depth = carried.length - 1
      while (depth >= 0 && !sameFamily(carried[depth]!.mark.char, closer.char)) depth--
      if (depth < 0) return false
      carried.splice(depth + 1).forEach(reportUnclosed)
      carried.pop()
      return true
    }

    const checkLine = (segment: ProseSegment, start: number, end: number): void => {
      const {text} = segment
      const first = firstCharOf(text, start, end)
      if (!first) return
      lineNumber++
      const expired = carried.filter((open) => lineNumber - open.line > lineGap)
      carried = carried.filter((open) => lineNumber - open.line <= lineGap)
      expired.forEach(reportUnclosed)

      // A quotation running over several paragraphs reopens at the start of each (GB/T 15834 4.8).
      if (first.char === '“') {
        const continued = carried.findLastIndex((open) => open.mark.char === '“')
        if (continued !== -1) carried.splice(continued, 1)
      }

      const scan = scanPairs(text, start, end)
      const unclosed = scan.unclosed.filter((mark) => !isHalfwidth(mark.char))
      const unopened = scan.unopened.filter((mark) => !isHalfwidth(mark.char) && !closeCarried(mark))
      const opens = new Set(unclosed)
      const unmatched = [...unclosed, ...unopened].sort((a, b) => a.index - b.index)

      const handled = new Set<Mark>()
      for (let i = 0; i + 1 < unmatched.length; i++) {
        const a = unmatched[i]!
        const b = unmatched[i + 1]!
        if (opens.has(a) && !opens.has(b) && !sameFamily(a.char, b.char)) {
          context.report({
            messageId: 'mismatched',
            range: [a.index, b.index + 1],
            data: {open: a.char, close: b.char},
          })
        } else if (a.char === b.char && (a.char === '“' || a.char === '”') && unmatched.length === 2) {
          const wrong = a.char === '“' ? b : a
          const right = a.char === '“' ? '”' : '“'
          context.report({messageId: 'reversed', range: [wrong.index, wrong.index + 1], expected: [right]})
        } else continue
        handled.add(a).add(b)
        i++
      }
      for (const mark of unopened) {
        if (handled.has(mark)) continue
        context.report({messageId: 'unopened', range: [mark.index, mark.index + 1], data: {partner: openerFor(mark.char)}})
      }
      for (const mark of unclosed) if (!handled.has(mark)) carried.push({mark, segment, line: lineNumber})
    }

    return {
      prose(segment) {
        for (const [start, end] of linesOf(segment.text)) checkLine(segment, start, end)
      },
      end() {
        carried.forEach(reportUnclosed)
        carried = []
      },
    }
  },
})
