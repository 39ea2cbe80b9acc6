import {defineRule} from '../../engine/rule.js'
import {linesOf} from '../shared/lines.js'
import {isOutsideBody} from './shared/body.js'

/** A line that is only a date written with Arabic numerals and 年月日, as the 成文日期 is. */
const dateLine = /^[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*$/

/** A 发文机关署名: a short line of Han characters (and the 、 between joint issuers), no sentence marks. */
const signatureLine = /^[ \t\u3000]*[\p{Script=Han}、]{2,40}[ \t\u3000]*$/u


export default defineRule({
  id: 'document/signing-date',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    paddedDate: '成文日期的月、日不编虚位，应为“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    let previousLine = ''
    return {
      prose(segment) {
        if (isOutsideBody(segment.kind)) {
          previousLine = ''
          return
        }
        const {text} = segment
        for (const [lineStart, lineEnd] of linesOf(text)) {
          const line = text.slice(lineStart, lineEnd)
          const date = signatureLine.test(previousLine) ? dateLine.exec(line) : null
          if (date && (date[2]!.startsWith('0') || date[3]!.startsWith('0'))) {
            const [written, year, month, day] = date
            const start = lineStart + written.length - written.trimStart().length
            const end = lineStart + written.trimEnd().length
            context.report({messageId: 'paddedDate', range: [start, end], expected: [`${year}年${Number(month)}月${Number(day)}日`]})
          }
          if (line.trim() !== '') previousLine = line
        }
      },
    }
  },
})
