import {defineRule} from '../../engine/rule.js'
import {clauseBefore, clauseFrom} from './context/tokens.js'
import {reportPairs, type ContextPair, type Occurrence} from './context/pairs.js'
import {tokenStartingAt} from '../shared/tokens.js'

/** 做为 means “as” (作为) when the clause puts an object first (将/把…做为) or a role follows (做为一名…). */
function meansAs({text, start, end}: Occurrence): boolean {
  return /[将把]/u.test(clauseBefore(text, start)) || /^一[名个位种项]/u.test(clauseFrom(text, end))
}

const pairs: readonly ContextPair[] = [
  {wrong: '做为', right: '作为', when: meansAs},
  {wrong: '作好', right: '做好', when: ({start, tokens}) => tokenStartingAt(tokens, start)?.text === '作好'},
]

export default defineRule({
  id: 'typo/zuo-zuo',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    zuo: '“{wrong}”用字不当，应为“{right}”',
  },
  defaultOptions: {},
  create(context) {
    return {prose: (segment) => reportPairs(context, 'zuo', pairs, segment)}
  },
})
