import {defineRule} from '../../engine/rule.js'
import {linesOf} from '../shared/lines.js'

/** The line opening a 附件说明: 附件 and a colon (a half-width one is punctuation/no-halfwidth-in-chinese's). */
const noteStart = /^[ \t\u3000]*附件[：:]/

/** A further numbered attachment name on its own line: 2.政府网站年度工作报表. */
const numberedItem = /^[ \t\u3000]*\d{1,2}[.．、]/

/** A mark closing the line; half-width , and ; are punctuation/no-halfwidth-in-chinese's. */
const closingMark = /([。；，、.])[ \t\u3000]*$/

export default defineRule({
  id: 'document/attachment-note',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    trailingMark: '附件名称后不加标点，应删去“{actual}”',
  },
  defaultOptions: {},
  create(context) {
    let inNote = false
    return {
      prose(segment) {
        const {text} = segment
        for (const [lineStart, lineEnd] of linesOf(text)) {
          const line = text.slice(lineStart, lineEnd)
          inNote = noteStart.test(line) || (inNote && numberedItem.test(line))
          const mark = inNote ? closingMark.exec(line) : null
          if (mark) context.report({messageId: 'trailingMark', range: [lineStart + mark.index, lineStart + mark.index + 1], expected: ['']})
        }
      },
    }
  },
})
