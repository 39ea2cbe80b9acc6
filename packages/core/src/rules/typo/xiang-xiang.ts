import {defineRule} from '../../engine/rule.js'
import type {Token} from '../../segment/index.js'
import {charBefore, isHan} from '../shared/chars.js'
import {reportPairs, type ContextPair, type Occurrence} from './context/pairs.js'
import {tokenContaining, tokenEndingAt} from '../shared/tokens.js'

/** Words before a lone 象 that make it the animal (一头象, 大象): then it stays. */
const animal = /^(?:头|只|群|的|大|小|白|野|亚洲|非洲)$/u

/** Characters that form a word with a following 象 the segmenter left apart (現象 in traditional text). */
const xiangWordStart = /^[现現形对對印气氣景想抽迹跡表假意征徵星天万萬具物乱亂险險幻心脉脈舌血病卦]$/u

/**
 * What makes a lone 象 the verb “resemble” and not the animal (一头象走过来, 象群迁移, 野生象进入村庄):
 * a comparison closing it later in the clause (象雨后春笋一样, 要象大庆那样, 象这样).
 */
const comparisonInClause = /^[^，。；！？,;!?\n]{0,30}?(?:一样|那样|这样|一般|似的|般)/u

/** A one-character noun or abbreviation before 象: the segmenter split a word (法｜象) it did not know. */
function isSplitNoun(token: Token): boolean {
  return token.text.length === 1 && /^[nj]/.test(token.tag)
}

/**
 * A 象 outside the segmenter's words (not inside 现象, 形象, 象征 …): a word of its own, or
 * part of a piece it could not look up (要象), going on with Han text. That is the verb or
 * preposition “resemble, such as”, unless the word before makes it the animal (一头象) or
 * a 象 word the segmenter left apart (traditional 現｜象); and only with a comparison later
 * in the clause.
 */
function xiangOutsideWords({text, start, tokens}: Occurrence): boolean {
  const token = tokenContaining(tokens, start)
  if (!token || !isHan(text[start + 1]) || xiangWordStart.test(charBefore(text, start) ?? '')) return false
  if (!comparisonInClause.test(text.slice(start + 1))) return false
  if (token.tag === 'x' && token.text !== '象') return true
  if (token.text !== '象') return false
  const before = tokenEndingAt(tokens, start)
  return !(before && (animal.test(before.text) || isSplitNoun(before)))
}

/** 象 in these words is the 像 of resemblance; 录象、图象、影象 are left to typo/variant-form. */
const pairs: readonly ContextPair[] = [
  ...['好象', '就象', '很象', '更象', '不象', '相象', '肖象', '画象', '塑象', '偶象', '雕象'].map((wrong) => ({
    wrong,
    right: wrong.replace('象', '像'),
    safe: true,
  })),
  {wrong: '象', right: '像', when: xiangOutsideWords},
]

export default defineRule({
  id: 'typo/xiang-xiang',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    xiang: '“{wrong}”表示相似、比如，应写作“{right}”',
  },
  defaultOptions: {},
  create(context) {
    return {prose: (segment) => reportPairs(context, 'xiang', pairs, segment)}
  },
})
