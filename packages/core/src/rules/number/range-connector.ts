import {defineRule} from '../../engine/rule.js'
import {findNumberPairs, isCodeLike, isQuantity, isYear, type NumberPair} from './shared/ranges.js'

/** The two marks GB/T 15835 allows between the ends of a range. */
const rightMarks = new Set(['—', '～'])

/** Ranges of time take the 一字线 first (2019—2021年, 9:00—17:00), other quantities the 浪纹线 (25～30g). */
function isTimeRange(text: string, pair: NumberPair): boolean {
  const after = text.slice(pair.second.end, pair.second.end + 1)
  if (pair.first.text.includes(':') || /^[年月日时]/.test(after)) return true
  // Two years with no word after them, as in a title's （2011-2020）; 1000-2000元 is money.
  return isYear(pair.first) && isYear(pair.second) && !/^[\p{Script=Han}%％]/u.test(after)
}

/** The unit right after the second number, shown with the range in the message: 10%-20%, 8日-10日. */
function unitAfter(text: string, pair: NumberPair): string {
  const after = text.slice(pair.second.end, pair.second.end + 1)
  return /^[%％‰℃年月日时]$/.test(after) ? after : ''
}

export default defineRule({
  id: 'number/range-connector',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    range: '数值范围“{range}”中用了“{mark}”，应使用一字线“—”或浪纹线“～”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const pair of findNumberPairs(text)) {
          if (rightMarks.has(pair.connector.mark)) continue
          if (isCodeLike(text, pair) || !isQuantity(text, pair)) continue
          context.report({
            messageId: 'range',
            range: [pair.connector.start, pair.connector.end],
            expected: isTimeRange(text, pair) ? ['—', '～'] : ['～', '—'],
            data: {range: text.slice(pair.first.start, pair.second.end + unitAfter(text, pair).length), mark: pair.connector.mark},
          })
        }
      },
    }
  },
})
