import {defineRule} from '../../engine/rule.js'

/**
 * Arabic digits with 千 or 百 written as a word (5千, 3千5百, 1百零8). 万 and 亿 may join
 * Arabic digits (3.45亿, 1万6000), so they end a run; unit words that begin with 千/百
 * (千克, 千米, 百分点) are not numerals.
 */
const mixedNumber = /(?<![\d.A-Za-z])\d+[千百](?:\d+[百十])?(?:零\d+)?(?![克米瓦伏帕焦赫卡兆分\d])/g

const multipliers: Record<string, number> = {千: 1000, 百: 100, 十: 10}

/** The value of a run such as 3千5百 or 1百零8, written in Arabic digits. */
function arabicValue(run: string): string {
  let total = 0
  for (const [, digits = '', word = ''] of run.replace(/零/g, '').matchAll(/(\d+)([千百十]?)/g)) {
    total += Number(digits) * (multipliers[word] ?? 1)
  }
  return String(total)
}

export default defineRule({
  id: 'number/no-mixed-numeral',
  severity: 'warning',
  fixable: 'suggest',
  recommended: false,
  messages: {
    mixed: '数字“{actual}”混用阿拉伯数字和汉字“千”“百”，应写作“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        for (const match of segment.text.matchAll(mixedNumber)) {
          context.report({messageId: 'mixed', range: [match.index, match.index + match[0].length], expected: [arabicValue(match[0])]})
        }
      },
    }
  },
})
