import {dictionaryMatcher, dictionaryRows} from '../../dictionaries/registry.js'
import {defineRule} from '../../engine/rule.js'
import {wordHits} from './shared/word-hits.js'

export default defineRule({
  id: 'typo/confused-word',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    confused: '疑为错别字“{actual}”，应为“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        if (!/\p{Script=Han}/u.test(segment.text)) return
        const rows = dictionaryRows('confusion-words')
        for (const {index, start, end} of wordHits(segment, dictionaryMatcher('confusion-words'))) {
          const [wrong = '', right = '', level] = rows[index]!
          if (Object.hasOwn(context.dictionary.replace, wrong)) continue // typo/user-dictionary reports the project's own pair
          context.report({
            messageId: 'confused',
            range: [start, end],
            expected: [right],
            // A pair only one mined source lists is likely, not certain: a warning and an offered fix.
            ...(level !== 'error' && {lowerSeverity: true, fixable: 'suggest' as const}),
          })
        }
      },
    }
  },
})
