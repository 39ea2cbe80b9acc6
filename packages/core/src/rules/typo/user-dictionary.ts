import {cachedMatcher} from '../../dictionaries/matcher.js'
import {defineRule} from '../../engine/rule.js'
import {onWordBoundaries} from '../shared/tokens.js'

export default defineRule({
  id: 'typo/user-dictionary',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    replace: '“{actual}”应为“{expected}”（项目词典）',
  },
  defaultOptions: {},
  create(context) {
    const wrong = Object.keys(context.dictionary.replace)
    if (wrong.length === 0) return {}
    const matcher = cachedMatcher(`replace:${wrong.join('\n')}`, () => wrong)
    return {
      prose(segment) {
        const matches = matcher.findAll(segment.text)
        if (matches.length === 0) return
        const tokens = segment.tokens()
        for (const {index, start, end} of matches) {
          // A pair never fires across two words (展生 inside 发展生产).
          if (!onWordBoundaries(tokens, start, end)) continue
          const word = wrong[index]!
          context.report({messageId: 'replace', range: [start, end], expected: [context.dictionary.replace[word]!]})
        }
      },
    }
  },
})
