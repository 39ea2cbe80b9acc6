import {defineRule} from '../../engine/rule.js'
import {dictionaryHits} from './shared/word-hits.js'

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
        for (const {row, start, end} of dictionaryHits(segment, 'confusion-words', context.dictionary.replace)) {
          const [, right = '', level] = row
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
