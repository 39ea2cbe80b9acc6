import {defineRule} from '../../engine/rule.js'
import type {Token} from '../../segment/index.js'
import {insideTitles} from './context/tokens.js'

/** Measure words that need a numeral or demonstrative before them in written copy. */
const measureWords: ReadonlySet<string> = new Set(['个', '项', '条', '家', '批'])

/** Aspect particles that may stand between the verb and the measure word (建立了项制度). */
const aspect: ReadonlySet<string> = new Set(['了', '过'])

/** Tags of the counted noun (two characters or more, so 个税 is not 个 + 税): nouns, verbal nouns, place words, idioms, abbreviations. */
const nounTag = /^(?:n|vn|s|l|j)/

/**
 * A verb of two or more Han characters; jieba tags some verbs with a prefix as other proper
 * nouns (新开通/nz). One-character verbs with 个 are a spoken idiom, not a slip: 打个比方,
 * 吃个饭, 见个面.
 */
function isFormalVerb(token: Token | undefined): token is Token {
  return token !== undefined && /^(?:v|nz$)/.test(token.tag) && token.text.length >= 2 && /^\p{Script=Han}+$/u.test(token.text)
}

/** The noun counted by the measure word at `i - 1`, past one one-character adjective (项｜新｜制度). */
function countedNoun(tokens: readonly Token[], i: number): Token | undefined {
  const next = tokens[i]
  return next?.tag === 'a' && next.text.length === 1 ? tokens[i + 1] : next
}

export default defineRule({
  id: 'typo/missing-numeral',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    missing: '“{verb}{measure}{noun}”中量词“{measure}”前缺少数词，应补上数量（如“一{measure}”）',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        if (!/[个项条家批]/u.test(segment.text)) return
        const tokens = segment.tokens()
        const isInsideTitle = insideTitles(segment.text)
        tokens.forEach((token, i) => {
          if (!measureWords.has(token.text) || isInsideTitle(token.start)) return
          const previous = tokens[i - 1]
          const verb = previous && aspect.has(previous.text) ? tokens[i - 2] : previous
          const noun = countedNoun(tokens, i + 1)
          if (!isFormalVerb(verb) || !noun || !nounTag.test(noun.tag) || noun.text.length < 2) return
          context.report({
            messageId: 'missing',
            range: [token.start, token.end],
            expected: [`一${token.text}`],
            data: {verb: segment.text.slice(verb.start, token.start), measure: token.text, noun: segment.text.slice(token.end, noun.end)},
          })
        })
      },
    }
  },
})
