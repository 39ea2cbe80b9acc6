import {defineRule, type Report} from '../../engine/rule.js'
import {isPointMark} from '../shared/chars.js'
import {linesOf} from '../shared/lines.js'

/** How a finished line ends: a 点号, possibly followed by closing quotes and brackets. */
const finishedLine = /([，。、；：？！])[”’》〉）】〕]*$/

/** Leading indentation of a line. */
const indentation = /^[ \u3000\t\u00a0]*/

export default defineRule({
  id: 'punctuation/no-mark-at-line-start',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    lineStart: '点号“{actual}”出现在行首，上一行已用点号结束，应删除',
  },
  defaultOptions: {},
  create(context) {
    /** How the previous non-blank line ended, across segments. */
    let previous = ''
    /** Findings wait for the whole document: each depends on the block before (see `end`). */
    const found: Array<Report<'lineStart'>> = []
    return {
      prose(segment) {
        const {text} = segment
        for (const [start, end] of linesOf(text)) {
          const line = text.slice(start, end)
          const first = start + indentation.exec(line)![0].length
          if (first === end) continue
          // A line that breaks off mid-sentence (a link on its own line) may leave its mark to the next one.
          const finished = finishedLine.exec(previous)
          if (finished && isPointMark(text[first])) {
            let last = first + 1
            while (last < end && isPointMark(text[last])) last++
            // The same mark again is a slip; a different one may be the mark meant, the writer decides.
            const same = [...text.slice(first, last)].every((mark) => mark === finished[1])
            found.push({messageId: 'lineStart', range: [first, last], expected: [''], segment, ...(!same && {fixable: 'suggest' as const})})
          }
          previous = line.trimEnd()
        }
      },
      // Reported at the end, so that front ends which cache findings per block run this rule on the whole document.
      end() {
        found.forEach((report) => context.report(report))
      },
    }
  },
})
