import {defineRule} from '../../engine/rule.js'

/** Four characters of a Chinese-numeral year, with any of the look-alikes of 〇 written for zero. */
const yearPattern = /(?<![一二三四五六七八九〇零○◯OoＯ0０])[一二三四五六七八九〇零○◯OoＯ0０]{4}(?=年)/g

/** Letters, digits and circles that are mistaken for 〇 (U+3007). */
const lookAlike = /[○◯OoＯ0０]/

/** Every way of writing zero in a year other than 〇. */
const wrongZeros = /[○◯OoＯ0０零]/g

export default defineRule({
  id: 'number/chinese-year-zero',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    lookAlike: '汉字数字年份“{actual}”中的零应写作“〇”，应为“{expected}”',
    ling: '汉字数字年份“{actual}”是编号，零应写作“〇”而非“零”，应为“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        for (const match of segment.text.matchAll(yearPattern)) {
          const year = match[0]
          if (!/[一二三四五六七八九]/.test(year)) continue
          const expected = year.replace(wrongZeros, '〇')
          if (expected === year) continue
          const range = [match.index, match.index + year.length] as const
          if (lookAlike.test(year)) {
            context.report({messageId: 'lookAlike', range, expected: [expected]})
          } else {
            // 零 in a year is named by the fact sheet from memory (N-08 [M]): a warning, offered not applied.
            context.report({messageId: 'ling', range, expected: [expected], fixable: 'suggest', lowerSeverity: true})
          }
        }
      },
    }
  },
})
