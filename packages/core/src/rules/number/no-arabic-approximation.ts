import {defineRule} from '../../engine/rule.js'
import {chineseDigit} from '../shared/chinese-numerals.js'

/**
 * Two neighbouring single digits joined by 顿号 before a measure word: 3、4个, 5、6天. Dates
 * (3、4月), ordinals (第3、4条), items of an article (第三条1、2项) and longer lists (1、2、3个)
 * name separate items, not an estimate, and are left alone.
 */
const arabicApproximation = /(?<![\d.、第条款章节])(\d)、(\d)(?=(?:个|名|人|天|次|倍|岁|位|项|件|条|家|户|辆|台|张|种|遍|周|小时|分钟|公里|年(?!级)))/g

/** 三四, with 两 where idiom uses it (一两个, 两三天). */
function chineseApproximation(first: number, second: number): string {
  const name = (digit: number): string => (digit === 2 ? '两' : chineseDigit(digit))
  return name(first) + name(second)
}

export default defineRule({
  id: 'number/no-arabic-approximation',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    approximation: '概数“{actual}”应使用汉字数字且不加顿号，应为“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        for (const match of segment.text.matchAll(arabicApproximation)) {
          const first = Number(match[1])
          const second = Number(match[2])
          if (second !== first + 1) continue
          context.report({
            messageId: 'approximation',
            range: [match.index, match.index + 3],
            expected: [chineseApproximation(first, second)],
          })
        }
      },
    }
  },
})
