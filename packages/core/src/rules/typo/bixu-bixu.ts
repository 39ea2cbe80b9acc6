import {defineRule} from '../../engine/rule.js'
import {onBoundaries, reportPairs, type ContextPair, type Occurrence} from './context/pairs.js'
import {tokenStartingAt} from '../shared/tokens.js'

/** 必需 (“indispensable”) is not an adverb: before a verb or adverb the writer meant 必须. */
function beforeVerb(occurrence: Occurrence): boolean {
  const next = tokenStartingAt(occurrence.tokens, occurrence.end)
  return onBoundaries(occurrence) && next !== undefined && /^[vd]/.test(next.tag) && next.text !== '的'
}

const pairs: readonly ContextPair[] = [
  {wrong: '必需', right: '必须', when: beforeVerb},
  {wrong: '必须品', right: '必需品', safe: true},
]

export default defineRule({
  id: 'typo/bixu-bixu',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    bixu: '“{wrong}”用字不当，应为“{right}”（“必须”是副词，“必需”指不可缺少）',
  },
  defaultOptions: {},
  create(context) {
    return {prose: (segment) => reportPairs(context, 'bixu', pairs, segment)}
  },
})
