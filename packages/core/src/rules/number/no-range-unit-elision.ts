import {defineRule} from '../../engine/rule.js'
import {findNumberPairs, isCodeLike} from './shared/ranges.js'

/**
 * What follows the second number of a range and may not be left off the first: a percent
 * sign (15～30%) or 万/亿 with the unit word after it (9～16亿, 13～17万元).
 */
const elidable = /^(?:[%％‰]|(?:万亿|万|亿)(?:美元|元|人|吨|户|亩)?)/

export default defineRule({
  id: 'number/no-range-unit-elision',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    elided: '范围“{range}”的前一个数值省略了“{unit}”，易生歧义，应写作“{corrected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const pair of findNumberPairs(text)) {
          if (pair.firstUnit !== '' || isCodeLike(text, pair)) continue
          const unit = elidable.exec(text.slice(pair.second.end, pair.second.end + 4))?.[0]
          if (unit === undefined) continue
          const multiplier = unit.replace(/[^万亿]/g, '')
          const candidates = [pair.first.text + unit]
          if (multiplier !== '' && multiplier !== unit) candidates.push(pair.first.text + multiplier)
          context.report({
            messageId: 'elided',
            range: [pair.first.start, pair.first.end],
            expected: candidates,
            data: {range: text.slice(pair.first.start, pair.second.end) + unit, unit, corrected: candidates[0] + text.slice(pair.first.end, pair.second.end) + unit},
          })
        }
      },
    }
  },
})
