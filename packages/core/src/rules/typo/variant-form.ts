import {defineRule} from '../../engine/rule.js'
import {dictionaryHits} from './shared/word-hits.js'

export default defineRule({
  id: 'typo/variant-form',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    variant: '出现异形词“{actual}”，应使用推荐词形“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        for (const {row, start, end} of dictionaryHits(segment, 'yixingci', context.dictionary.replace)) {
          const [, recommended = ''] = row
          context.report({messageId: 'variant', range: [start, end], expected: [recommended]})
        }
      },
    }
  },
})
