import {defineRule} from '../../engine/rule.js'
import {onWordBoundaries} from '../shared/tokens.js'
import {clauseBefore, insideTitles} from './context/tokens.js'

/** A point in time right after the word: 2024年, 二〇二四年, 5月底, 目前, 今年年底, 发稿时. */
const timePoint =
  /^(?:[0-9０-９]|[一二三四五六七八九十〇零]+[年月日]|(?:目前|当前|现在|今年|去年|本年|上年|当年|本月|上月|当月|今日|今天|昨天|昨日|当日|年底|年末|月底|月末|发稿|记者发稿|报告期末|上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度))/

/**
 * 截至 closing a clause that says what ends (报名今日截至。). Without the closing mark, or
 * before a colon, it may be a label whose date stands elsewhere (a table header 数据截至 | 5月底).
 */
function endsSentence(text: string, index: number): boolean {
  return /^[，。；！？、]/u.test(text.slice(index + 2, index + 3)) && clauseBefore(text, index) !== ''
}

/** Nouns that 截止 modifies (截止日期, 截止时间): after 截至 they show 截止 was meant. */
const deadlineNoun = /^(?:日期|时间|期限)/

export default defineRule({
  id: 'typo/jiezhi-jiezhi',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    beforeTimePoint: '“截止”后接时间点，表示“到某时为止”应为“截至”',
    withoutTimePoint: '“截至”后未接时间点，表示“到期停止”应为“截止”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        if (!text.includes('截止') && !text.includes('截至')) return
        const tokens = segment.tokens()
        const isInsideTitle = insideTitles(text)
        for (let index = text.indexOf('截'); index !== -1; index = text.indexOf('截', index + 1)) {
          const word = text.slice(index, index + 2)
          if (word !== '截止' && word !== '截至') continue
          if (!onWordBoundaries(tokens, index, index + 2) || isInsideTitle(index)) continue
          const rest = text.slice(index + 2, index + 10)
          const range = [index, index + 2] as const
          if (word === '截止' && timePoint.test(rest)) {
            context.report({messageId: 'beforeTimePoint', range, expected: ['截至']})
          } else if (word === '截至' && (endsSentence(text, index) || deadlineNoun.test(rest))) {
            context.report({messageId: 'withoutTimePoint', range, expected: ['截止']})
          }
        }
      },
    }
  },
})
