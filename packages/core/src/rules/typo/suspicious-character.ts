import {cachedMatcher} from '../../dictionaries/matcher.js'
import {defineRule} from '../../engine/rule.js'
import {detectTypos} from '../../lm/detect.js'

const han = /\p{Script=Han}/u

export default defineRule({
  id: 'typo/suspicious-character',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    suspicious: '“{word}”疑为“{suggestion}”之误，“{actual}”可能应为“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    // The project's own wrong words are typo/user-dictionary's to report; stay out of them.
    const wrong = Object.keys(context.dictionary.replace)
    const projectWords = wrong.length > 0 ? cachedMatcher(`replace:${wrong.join('\n')}`, () => wrong) : undefined
    return {
      prose(segment) {
        if (!han.test(segment.text)) return
        const suspects = detectTypos(segment.text)
        if (suspects.length === 0) return
        const taken = projectWords?.findAll(segment.text) ?? []
        for (const suspect of suspects) {
          if (taken.some(({start, end}) => suspect.index >= start && suspect.index < end)) continue
          const [start, end] = suspect.context
          const word = segment.text.slice(start, end)
          const at = suspect.index - start
          context.report({
            messageId: 'suspicious',
            range: [suspect.index, suspect.index + 1],
            expected: suspect.expected,
            data: {word, suggestion: word.slice(0, at) + suspect.expected[0]! + word.slice(at + 1)},
          })
        }
      },
    }
  },
})
