import {defineRule} from '../../engine/rule.js'

/**
 * A 句号 ending a heading, before any closing bracket and trailing space. One before a
 * closing quote belongs to the quoted sentence (“……。”) and stays.
 */
const finalPeriod = /。(?=[）》]*[ \u3000\t]*$)/

export default defineRule({
  id: 'punctuation/no-period-in-heading',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    period: '标题末尾不用句号，应删除',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        if (segment.kind !== 'heading' && segment.kind !== 'title') return
        const match = finalPeriod.exec(segment.text)
        if (!match) return
        context.report({messageId: 'period', range: [match.index, match.index + 1], expected: ['']})
      },
    }
  },
})
