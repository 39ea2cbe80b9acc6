import {defineRule} from '../../engine/rule.js'
import {reportPairs, type ContextPair, type Occurrence} from './context/pairs.js'
import {tokenEndingAt, tokenStartingAt} from '../shared/tokens.js'

/** A verb or adverb follows: 以经完成, 早以成为 (not 以经济, where 经 belongs to the next word). */
function beforeVerb({end, tokens}: Occurrence): boolean {
  return /^[vd]/.test(tokenStartingAt(tokens, end)?.tag ?? '')
}

/** The segmenter kept the slip as one unknown piece (以经, 业以) and a verb follows. */
function slipBeforeVerb(occurrence: Occurrence): boolean {
  const {start, end, tokens} = occurrence
  return tokenStartingAt(tokens, start)?.end === end && beforeVerb(occurrence)
}

/** 早 and 以 are words of their own (早｜以｜成为), not part of 早以前. */
function earlyThenVerb(occurrence: Occurrence): boolean {
  const {start, end, tokens} = occurrence
  return tokenStartingAt(tokens, start)?.text === '早' && tokenEndingAt(tokens, end)?.text === '以' && beforeVerb(occurrence)
}

const pairs: readonly ContextPair[] = [
  {wrong: '以经', right: '已经', when: slipBeforeVerb},
  {wrong: '业以', right: '业已', when: slipBeforeVerb},
  {wrong: '早以', right: '早已', when: earlyThenVerb},
]

export default defineRule({
  id: 'typo/yi-yi',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    yi: '“{wrong}”表示动作已经发生，应为“{right}”',
  },
  defaultOptions: {},
  create(context) {
    return {prose: (segment) => reportPairs(context, 'yi', pairs, segment)}
  },
})
