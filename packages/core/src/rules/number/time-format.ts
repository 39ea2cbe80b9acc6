import {defineRule} from '../../engine/rule.js'

/** Hours and minutes joined by a full-width colon: 9：00, 15：40, 14：12：36. */
const fullwidthTime = /(?<![\d.:]|\d：)([01]?\d|2[0-4])：([0-5]\d)(?:：([0-5]\d))?(?![\d：:])/g

/**
 * Words that show a time is meant, shortly before it (上午9：00, 5月1日14：30) or right after
 * it (9：00开始, 9：00—12：00). Without one, 1：50 may be a ratio or a score.
 */
const cueBefore = /(?:日|时间|上午|下午|晚上|晚|凌晨|中午|早上|早|傍晚|于|至|到|起|截至|截止|每天|每日|[—～\-–~])[\s：]?$/
const cueAfter = /^\s?(?:[—～\-–~至到]|前|后|起|开始|结束|截止|召开|举行|准时|整)/

/** A ratio, not a time: 比例为1：10, 配比1：3 (also the other end of a ratio range, 1：10～1：20). */
const ratioCue = /比(?:例|值|分|率)?[为是达约：]?\s?$/
const rangeConnector = /^\s?[—～\-–~至到]\s?$/

export default defineRule({
  id: 'number/time-format',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    colon: '时刻“{actual}”中用了全角冒号，应使用半角冒号“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        let ratioEnd = -1
        for (const match of text.matchAll(fullwidthTime)) {
          const end = match.index + match[0].length
          const before = text.slice(Math.max(0, match.index - 4), match.index)
          if (ratioCue.test(before) || (ratioEnd >= 0 && rangeConnector.test(text.slice(ratioEnd, match.index)))) {
            ratioEnd = end
            continue
          }
          if (!cueBefore.test(before) && !cueAfter.test(text.slice(end, end + 3))) continue
          context.report({messageId: 'colon', range: [match.index, end], expected: [match[0].replace(/：/g, ':')]})
        }
      },
    }
  },
})
