import {defineRule} from '../../engine/rule.js'
import {reportPairs, type ContextPair} from './context/pairs.js'

/**
 * Fixed terms: 权利 (rights) pairs with 义务 and names legal capacity (权利能力); 权力 (power)
 * names the organs of state power (权力机关). Elsewhere both words are possible.
 */
const pairs: readonly ContextPair[] = [
  {wrong: '权力和义务', right: '权利和义务'},
  {wrong: '权力与义务', right: '权利与义务'},
  {wrong: '权力义务', right: '权利义务'},
  {wrong: '权力能力', right: '权利能力'},
  {wrong: '权利机关', right: '权力机关', safe: true},
]

export default defineRule({
  id: 'typo/quanli-quanli',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    quanli: '“{wrong}”是固定说法，应为“{right}”（权利指权益，权力指职权）',
  },
  defaultOptions: {},
  create(context) {
    return {prose: (segment) => reportPairs(context, 'quanli', pairs, segment)}
  },
})
