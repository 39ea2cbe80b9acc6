import {dictionaryMatcher} from '../../dictionaries/registry.js'
import {defineRule} from '../../engine/rule.js'
import {tokenContaining, tokenEndingAt, tokenStartingAt} from '../shared/tokens.js'
import {insideTitles} from './context/tokens.js'

const dictionaryId = 'zhang-account-words'

/** Words where 帐 is a cloth hanging and right: a match reaching into one (进入帐篷 ⊃ 入帐) is no error. */
const clothWord = /帐篷|蚊帐|帐子|帐幕|帐幔|营帐|军帐|纱帐|罗帐|床帐|帷帐|篷帐/

export default defineRule({
  id: 'typo/zhang-zhang',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    zhang: '“{word}”指钱物出入或债务，应写作“{fixed}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        if (!segment.text.includes('帐')) return
        const tokens = segment.tokens()
        const isInsideTitle = insideTitles(segment.text)
        const reported = new Set<number>()
        for (const {start, end} of dictionaryMatcher(dictionaryId).findAll(segment.text)) {
          const word = segment.text.slice(start, end)
          const at = start + word.indexOf('帐')
          if (reported.has(at) || isInsideTitle(at) || clothWord.test(tokenContaining(tokens, at)?.text ?? '')) continue
          if (!tokenStartingAt(tokens, start) && !tokenEndingAt(tokens, end)) continue
          reported.add(at)
          context.report({messageId: 'zhang', range: [at, at + 1], expected: ['账'], data: {word, fixed: word.replace('帐', '账')}})
        }
      },
    }
  },
})
