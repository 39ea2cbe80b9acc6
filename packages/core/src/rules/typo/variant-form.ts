import {dictionaryMatcher, dictionaryRows} from '../../dictionaries/registry.js'
import {defineRule} from '../../engine/rule.js'
import {wordHits} from './shared/word-hits.js'

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
        if (!/\p{Script=Han}/u.test(segment.text)) return
        const rows = dictionaryRows('yixingci')
        for (const {index, start, end} of wordHits(segment, dictionaryMatcher('yixingci'))) {
          const [variant = '', recommended = ''] = rows[index]!
          if (Object.hasOwn(context.dictionary.replace, variant)) continue // typo/user-dictionary reports the project's own pair
          context.report({messageId: 'variant', range: [start, end], expected: [recommended]})
        }
      },
    }
  },
})
