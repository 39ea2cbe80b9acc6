import {defineRule} from '../../engine/rule.js'
import {charAt, charBefore, isAsciiDigit, isChinese, isPointMark} from '../shared/chars.js'

/** Runs that may stand for a 破折号: hyphen-minus, full-width hyphen, U+2014 and U+2015 (GBK fonts). */
const dashLike = /-{2,}|－{2,}|—+|―+/g

/** Whether the run starts its line, after any indentation. */
function startsLine(text: string, start: number): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const char = text[index]!
    if (char === '\n') return true
    if (!/[ \u3000\t\u00a0]/.test(char)) return false
  }
  return true
}

export default defineRule({
  id: 'punctuation/dash-form',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    form: '破折号应写作“——”（两个“—”），不应写作“{actual}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const match of text.matchAll(dashLike)) {
          const run = match[0]
          const start = match.index
          const end = start + run.length
          // Three or more are a drawn line: a separator, or a blank to fill in (姓名：————).
          if (run === '——' || run.length > 2) continue
          const before = charBefore(text, start)
          const after = charAt(text, end)
          const atLineStart = startsLine(text, start)
          if (!atLineStart && !isChinese(before) && !isChinese(after)) continue
          if (run.length === 1) {
            if (run !== '—') continue
            // A single dash between items is a 一字线 (2022—2023年, 北京—上海); only where it cannot join two items is it a 破折号.
            if (!atLineStart && !isPointMark(before) && !isPointMark(after)) continue
          } else if (run[0] === '-' && isAsciiDigit(before) && isAsciiDigit(after)) continue
          context.report({
            messageId: 'form',
            range: [start, end],
            expected: ['——'],
            // ―― (U+2015) is the same mark in GBK-era fonts: normalised, but less serious.
            ...(run === '――' && {lowerSeverity: true}),
          })
        }
      },
    }
  },
})
