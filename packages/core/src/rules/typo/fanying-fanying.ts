import {defineRule} from '../../engine/rule.js'
import {reportPairs, type ContextPair, type Occurrence} from './context/pairs.js'
import {tokenEndingAt, tokenStartingAt} from '../shared/tokens.js'
import {clauseBefore} from './context/tokens.js'

/** What is 反映ed (conveyed to those above): 诉求, 民意 — never a 反应 (a response to a stimulus). */
const conveyed: ReadonlySet<string> = new Set(['诉求', '民意', '社情民意', '呼声', '心声', '愿望'])

/** What is reported “to” someone (向上级反映问题). */
const reported: ReadonlySet<string> = new Set(['问题', '情况', '意见', '诉求'])

/** 反应 as a verb taking what only 反映 takes: 反应民意, 反应群众诉求, 向上级反应问题. */
function conveysSomething({text, start, end, tokens}: Occurrence): boolean {
  if (tokenStartingAt(tokens, start)?.end !== end) return false
  const next = tokenStartingAt(tokens, end)
  if (!next) return false
  if (conveyed.has(next.text)) return true
  if (next.text === '群众' && conveyed.has(tokenStartingAt(tokens, next.end)?.text ?? '')) return true
  const before = tokenEndingAt(tokens, start)
  return reported.has(next.text) && before?.text !== '的' && clauseBefore(text, start).includes('向')
}

const pairs: readonly ContextPair[] = [
  {wrong: '如实反应', right: '如实反映'},
  {wrong: '反应', right: '反映', when: conveysSomething},
]

export default defineRule({
  id: 'typo/fanying-fanying',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    fanying: '“{wrong}”用字不当，应为“{right}”（转达情况、意见用“反映”，对刺激的回应才用“反应”）',
  },
  defaultOptions: {},
  create(context) {
    return {prose: (segment) => reportPairs(context, 'fanying', pairs, segment)}
  },
})
