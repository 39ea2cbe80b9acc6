import {dictionaryWords} from '../../dictionaries/registry.js'
import {defineRule} from '../../engine/rule.js'
import type {Token} from '../../segment/index.js'
import {isHan} from '../shared/chars.js'

/**
 * Part-of-speech tags whose words double legitimately: verbs (研究研究, 讨论讨论),
 * numerals and measure words (一个一个, 一步一步). Everything else doubled is a slip.
 */
const reduplicatingTag = /^(?:v|m|q)/

function isHanWord(token: Token): boolean {
  return [...token.text].every(isHan)
}

/** Whether two adjacent equal words are an error rather than reduplication. */
function isErroneousRepeat(token: Token, neverDoubled: ReadonlySet<string>): boolean {
  if (!isHanWord(token)) return false
  if (token.text.length === 1) return neverDoubled.has(token.text)
  return !reduplicatingTag.test(token.tag)
}

export default defineRule({
  id: 'typo/no-repeated-word',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    repeated: '“{word}”重复出现，疑为衍文，应删去一个',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        if (!/\p{Script=Han}/u.test(segment.text)) return
        const neverDoubled = dictionaryWords('never-doubled')
        const tokens = segment.tokens()
        for (let i = 1; i < tokens.length; i++) {
          const previous = tokens[i - 1]!
          const token = tokens[i]!
          if (token.text !== previous.text || previous.end !== token.start) continue
          if (!isErroneousRepeat(token, neverDoubled)) continue
          context.report({
            messageId: 'repeated',
            range: [previous.start, token.end],
            expected: [token.text],
            data: {word: token.text},
            ...(token.text.length > 1 && {fixable: 'suggest'}),
          })
          i++
        }
      },
    }
  },
})
