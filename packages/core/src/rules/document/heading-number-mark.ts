import {defineRule} from '../../engine/rule.js'
import {isOutsideBody} from './shared/body.js'
import {headingNumbers, standardMark} from './shared/heading-number.js'

/** Left to punctuation/no-halfwidth-in-chinese, which reports every half-width comma after Chinese. */
const halfwidthComma = ','

export default defineRule({
  id: 'document/heading-number-mark',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    wrongMark: '序次语“{number}”后用了“{actual}”，应使用“{expected}”',
    extraMark: '带括号的序次语“{number}”后不加标点，应删去“{actual}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        if (isOutsideBody(segment.kind)) return
        const {text} = segment
        for (const heading of headingNumbers(text)) {
          const expected = standardMark(heading.level)
          if (heading.mark === expected || heading.mark === halfwidthComma) continue
          const range = [heading.end, heading.end + heading.mark.length] as const
          const number = text.slice(heading.start, heading.end)
          context.report({messageId: expected === '' ? 'extraMark' : 'wrongMark', range, expected: [expected], data: {number}})
        }
      },
    }
  },
})
