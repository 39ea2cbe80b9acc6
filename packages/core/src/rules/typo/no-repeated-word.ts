import {dictionaryWords} from '../../dictionaries/registry.js'
import {defineRule} from '../../engine/rule.js'
import type {Token} from '../../segment/index.js'
import {isHan} from '../shared/chars.js'

/**
 * Part-of-speech tags whose words double legitimately: verbs (研究研究, 讨论讨论),
 * numerals and measure words (一个一个, 一步一步), adjectives and state words used as
 * verbs or for vividness (高兴高兴, 雪白雪白), onomatopoeia and interjections.
 * Everything else doubled (的的, 进一步进一步, 我们我们) is a slip.
 */
const reduplicatingTag = /^(?:v|m|q|a|z|b|o|e|y)/

/** Degree adverbs that speakers double for emphasis (非常非常重要), kept in speech transcripts. */
const emphatic: ReadonlySet<string> = new Set(['非常', '特别', '真的'])

/**
 * Quantity words (大/成/整/满 + a measure word) that double as adverbials: 大口大口,
 * 成片成片, 整夜整夜. A doubled word followed by 地 is such an adverbial too.
 */
const quantityWord = /^[大成整满][口步块把片批群堆箱车桶碗杯瓶盆夜天年段]$/

/** Tags jieba gives some verbs (交流/n, 商量/n, 整理/n, 明白/nr). */
const verbTaggedAsNoun = /^(?:n|nr)$/

/** Words after which a doubled word is a verb (再商量商量, 要整理整理, 好好交流交流). */
const verbContext: ReadonlySet<string> = new Set(['要', '想', '来', '去', '让', '请', '可以', '应该', '需要'])

function isHanWord(token: Token): boolean {
  return [...token.text].every(isHan)
}

/** Whether two adjacent equal words, between `before` and `after`, are an error rather than reduplication. */
function isErroneousRepeat(
  token: Token,
  before: Token | undefined,
  after: Token | undefined,
  neverDoubled: ReadonlySet<string>,
): boolean {
  if (!isHanWord(token)) return false
  if (token.text.length === 1) return neverDoubled.has(token.text)
  if (reduplicatingTag.test(token.tag) || emphatic.has(token.text)) return false
  if (after?.text === '地' || quantityWord.test(token.text)) return false
  if (verbTaggedAsNoun.test(token.tag) && before && (before.tag.startsWith('d') || verbContext.has(before.text))) return false
  return true
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
          if (!isErroneousRepeat(token, tokens[i - 2], tokens[i + 1], neverDoubled)) continue
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
