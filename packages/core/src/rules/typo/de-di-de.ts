import {defineRule} from '../../engine/rule.js'
import type {Token} from '../../segment/index.js'
import {clauseFrom, insideTitles} from './context/tokens.js'

/** Manner words that, before a verb of carrying out, are adverbials and take 地 (扎实地推进). */
const adverbials: ReadonlySet<string> = new Set([
  '认真', '积极', '扎实', '稳步', '有序', '全面', '深入', '切实', '有效', '大力',
  '主动', '坚决', '严格', '广泛', '持续', '逐步', '及时', '妥善', '充分', '稳妥',
])

/** Verbs of carrying out work: after a manner word and 的, a verb here means the 的 should be 地. */
const carryingOut: ReadonlySet<string> = new Set([
  '推进', '开展', '落实', '做好', '抓好', '学习', '贯彻', '实施', '执行', '推动',
  '解决', '处理', '整改', '宣传', '参与', '促进', '推行', '组织', '做', '抓',
])

/**
 * Verbs that take a nominalised verb as object (进行认真的学习, 开展了深入的学习, 这是
 * 全面的落实): after them, an aspect particle allowed, “manner word + 的 + verb” is a noun
 * phrase and 的 is right.
 */
const lightVerbs: ReadonlySet<string> = new Set([
  '进行', '加以', '给予', '予以', '经过', '通过', '得到', '受到', '作出', '做出', '展开', '实行', '加强', '需要', '有',
  '开展', '组织', '实现', '保持', '坚持', '开始', '做到', '推动', '是',
])

const aspect = /^[了着过]$/u

/**
 * After the verb, a common noun makes “verb + noun” a compound noun (推动作用, 落实情况,
 * 学习态度; a verbal noun is an object: 开展工作), and these words make the verb a noun
 * itself (学习的, 落实中, 推进和): then 的 is right.
 */
const nominalFollower: ReadonlySet<string> = new Set(['的', '中', '上', '和', '与', '及', '、', '作用', '意义'])
const commonNounTag = /^n$/

/** Verbs of process after which 的 + degree word + adjective is a complement and takes 得 (完成得很好). */
const processVerbs: ReadonlySet<string> = new Set([
  '完成', '开展', '落实', '推进', '进行', '执行', '实施', '贯彻', '发展', '组织', '增长', '提高', '下降',
  '变化', '办', '搞', '抓', '干', '做', '跑', '走', '变', '开',
])

/**
 * A degree complement filling the rest of the clause: 很好, 非常扎实, 比较快了. 很多 and
 * 很少 are left out: “做的很多” also reads “what was done is much”.
 */
const degreeComplement = /^(?:很|非常|十分|比较|特别|相当|极其|更加|越来越|太)\p{Script=Han}{1,2}了?$/u
const quantity = /[多少]了?$/u

/** Tags of verb phrases the segmenter keeps as one word (推进改革/l, 贯彻落实/i). */
const verbPhraseTag = /^(?:v|vn|l|i)$/

/** A verb of carrying out, or a verb phrase that starts with one (贯彻落实, 推进改革). */
function isCarryingOut(token: Token): boolean {
  if (carryingOut.has(token.text)) return true
  return verbPhraseTag.test(token.tag) && carryingOut.has(token.text.slice(0, 2))
}

/** Whether 的 at `tokens[i]` stands where an adverbial's 地 belongs. */
function shouldBeDi(tokens: readonly Token[], i: number): boolean {
  const adverbial = tokens[i - 1]
  const verb = tokens[i + 1]
  if (!adverbial || !verb || !adverbials.has(adverbial.text) || !isCarryingOut(verb)) return false
  const before = aspect.test(tokens[i - 2]?.text ?? '') ? tokens[i - 3] : tokens[i - 2]
  const after = tokens[i + 2]
  return !(before && lightVerbs.has(before.text)) && !(after && (nominalFollower.has(after.text) || commonNounTag.test(after.tag)))
}

/** Whether 的 at `tokens[i]` stands where a complement's 得 belongs. */
function shouldBeDe(text: string, tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1]
  if (!verb || !processVerbs.has(verb.text)) return false
  const complement = clauseFrom(text, tokens[i]!.end)
  return degreeComplement.test(complement) && !quantity.test(complement)
}

export default defineRule({
  id: 'typo/de-di-de',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    di: '“{adverbial}的{verb}”中“的”用在动词前的状语后，应为“地”',
    de: '“{verb}的{complement}”中“的”引出补语，应为“得”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        if (!segment.text.includes('的')) return
        const tokens = segment.tokens()
        const isInsideTitle = insideTitles(segment.text)
        tokens.forEach((token, i) => {
          if (token.text !== '的' || isInsideTitle(token.start)) return
          const range = [token.start, token.end] as const
          if (shouldBeDi(tokens, i)) {
            const data = {adverbial: tokens[i - 1]!.text, verb: tokens[i + 1]!.text}
            context.report({messageId: 'di', range, expected: ['地'], data})
          } else if (shouldBeDe(segment.text, tokens, i)) {
            const data = {verb: tokens[i - 1]!.text, complement: clauseFrom(segment.text, token.end)}
            context.report({messageId: 'de', range, expected: ['得'], data})
          }
        })
      },
    }
  },
})
