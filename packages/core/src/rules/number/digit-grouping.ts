import {defineRule} from '../../engine/rule.js'
import {isFourDigitYear} from '../shared/years.js'

/** A number written with half-width commas between its digits: 12,345 or 1,0000. */
const groupedNumber = /(?<![\d.,])\d+(?:,\d+)+(?:\.\d+)?(?![\d,])/g

type Style = 'comma' | 'none'

interface Options {
  /** `comma`: groups of three are allowed (GB/T 15835 千分撇); `none`: house style writes no grouping. */
  style: Style
}

/** An integer part grouped by threes from the right: 10000 → 10,000. */
function groupByThousands(integer: string): string {
  const groups: string[] = []
  for (let end = integer.length; end > 0; end -= 3) groups.unshift(integer.slice(Math.max(0, end - 3), end))
  return groups.join(',')
}

/** Whether every group after the first has three digits and the first one to three. */
function isThousandsGrouping(integer: string): boolean {
  const [head = '', ...groups] = integer.split(',')
  return head.length <= 3 && groups.every((group) => group.length === 3)
}

export default defineRule({
  id: 'number/digit-grouping',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    irregular: '数字“{actual}”的分节不是每三位一组，应写作“{expected}”',
    year: '年份“{actual}”不应分节，应为“{expected}”',
    grouped: '数字“{actual}”使用了千分撇分节，按本单位体例应写作“{expected}”',
  },
  defaultOptions: {style: 'comma'} as Options,
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const match of text.matchAll(groupedNumber)) {
          const number = match[0]
          const integer = number.split('.')[0]!
          const plain = number.replace(/,/g, '')
          const range = [match.index, match.index + number.length] as const
          const after = text.slice(range[1], range[1] + 1)
          if (after === '年' && isFourDigitYear(plain)) {
            context.report({messageId: 'year', range, expected: [plain]})
          } else if (!isThousandsGrouping(integer)) {
            // Only a group of four or more is surely one number: 1,2 may be a list.
            if (!integer.split(',').some((group) => group.length >= 4)) continue
            const [plainInteger = '', decimals] = plain.split('.')
            const regrouped = groupByThousands(plainInteger) + (decimals === undefined ? '' : `.${decimals}`)
            context.report({messageId: 'irregular', range, expected: [plain, regrouped]})
          } else if (context.options.style === 'none') {
            context.report({messageId: 'grouped', range, expected: [plain]})
          }
        }
      },
    }
  },
})
