import {defineRule} from '../../engine/rule.js'
import {onBoundaries, reportPairs, type ContextPair, type Occurrence} from './context/pairs.js'
import {tokenEndingAt, tokenStartingAt} from '../shared/tokens.js'

/** What names a procuratorate before 检察院: 人民, 最高, 军事, or an administrative area (海淀区, 市). */
const procuratorateOwner = /(?:人民|最高|军事|运输|[省市县区旗州盟])$/u

/** Characters that make 检查院 “inspect the courtyard” (检查院内, 检查院落, 检查院子). */
const courtyard = /^[内落子里墙门外坝舍]/u

/**
 * 检查院 after the name of its owner (市检查院, 海淀区检查院). Only the start is checked
 * against the words: the segmenter glues an unknown 院 to what follows (院在).
 */
function namedProcuratorate({text, start, end, tokens}: Occurrence): boolean {
  const before = tokenEndingAt(tokens, start)
  return before !== undefined && procuratorateOwner.test(before.text) && !courtyard.test(text.slice(end, end + 1))
}

/** What a check, not a procuratorate, is done on or yields (检查一下, 检查结果, 检查体温). */
const inspectionWords: ReadonlySet<string> = new Set([
  '一下', '看看', '一遍', '结果', '出来', '体温', '血压', '身体', '确诊', '清楚', '诊断', '治疗',
])

/** 检察 as a word, followed by what only an ordinary check takes. */
function ordinaryCheck(occurrence: Occurrence): boolean {
  const next = tokenStartingAt(occurrence.tokens, occurrence.end)
  return onBoundaries(occurrence) && next !== undefined && inspectionWords.has(next.text)
}

/** 检查长 as a word right after a procuratorate's name (县人民检察院检查长). */
function procuratorateHead(occurrence: Occurrence): boolean {
  return onBoundaries(occurrence) && /院$/u.test(tokenEndingAt(occurrence.tokens, occurrence.start)?.text ?? '')
}

const pairs: readonly ContextPair[] = [
  {wrong: '检察', right: '检查', when: ordinaryCheck},
  {wrong: '检查院', right: '检察院', when: namedProcuratorate, safe: true},
  {wrong: '检查长', right: '检察长', when: procuratorateHead, safe: true},
]

export default defineRule({
  id: 'typo/jiancha-jiancha',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    jiancha: '“{wrong}”用字不当，应为“{right}”（“检察”专指法律监督，一般查验用“检查”）',
  },
  defaultOptions: {},
  create(context) {
    return {prose: (segment) => reportPairs(context, 'jiancha', pairs, segment)}
  },
})
