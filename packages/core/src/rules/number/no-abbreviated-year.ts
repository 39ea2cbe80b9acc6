import {defineRule} from '../../engine/rule.js'
import {fullYears} from '../shared/years.js'

/**
 * Two digits read as a calendar year only where a month, 年度, a half or a quarter follows:
 * 22年3月, 22年度, 22年上半年, 22年第一季度. Elsewhere 22年 is a duration (工作22年) or an
 * anniversary (建国70年).
 */
const shortYear = /(?<![\d.\-–—～~／/'’‘])(\d{2})年(?=\d{1,2}月|度|[上下]半年|第[一二三四1-4]季度|[一二三四1-4]季度)/g

/**
 * Words right before “N年M月” that make it a length of time, not a date: 判处有期徒刑10年6月,
 * 服刑12年3月, 期限为10年6月.
 */
const durationCue = /(?:徒刑|拘役|管制|刑期|缓刑|服刑|期限|为期|工龄|累计|共计|历时|长达|满)[为是了]?$/

/** An apostrophe year before 年: ’22年. */
const apostropheYear = /[’‘'](\d{2})年/g

/** A year range whose end is cut to two digits: 2022—23年, 2019-21年度. */
const shortRangeEnd = /(?<!\d)((?:19|20)\d{2})([-–—～~〜－至到])(\d{2})(?=年)/g

export default defineRule({
  id: 'number/no-abbreviated-year',
  severity: 'error',
  fixable: 'suggest',
  recommended: true,
  messages: {
    short: '年份“{actual}”不应省略为两位，应写全，如“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const match of text.matchAll(shortYear)) {
          if (durationCue.test(text.slice(Math.max(0, match.index - 4), match.index))) continue
          context.report({messageId: 'short', range: [match.index, match.index + 2], expected: fullYears(match[1]!)})
        }
        for (const match of text.matchAll(apostropheYear)) {
          context.report({messageId: 'short', range: [match.index, match.index + 3], expected: fullYears(match[1]!)})
        }
        for (const match of text.matchAll(shortRangeEnd)) {
          const [, first = '', connector = '', end = ''] = match
          if (Number(end) <= Number(first.slice(2))) continue
          const start = match.index + first.length + connector.length
          context.report({messageId: 'short', range: [start, start + 2], expected: [first.slice(0, 2) + end]})
        }
      },
    }
  },
})
