import {defineRule} from '../../engine/rule.js'
import {chineseDigits} from '../shared/chinese-numerals.js'


/**
 * Two neighbouring numbers joined by 顿号 before a counting word: a 概数 (三、四个 → 三四个,
 * 十二、三岁 → 十二三岁). Ordinals are left alone: 第五、六中队 and 三、四月 (March and April)
 * name two items, for which 顿号 is right.
 */
const approximateNumber = /(十?)([一二三四五六七八九])、([二三四五六七八九十])(?=[个岁天次人件家种位倍所座台辆])/g

/** A 顿号 followed by a conjunction; the segmenter says whether it is one. */
const commaBeforeConjunction = /、(?=和|与|及|以及|或)/g

/** Conjunctions that join the last item of a list themselves. */
const conjunctions: ReadonlySet<string> = new Set(['和', '与', '及', '以及', '或', '或者'])

/** 》、《 and ”、“: coordinated items in 书名号 or 引号. */
const commaBetweenMarked = /[》”]、[《“]/g

interface Options {
  /** Also report 顿号 between items in 引号 or 书名号 (GB/T 15834 says 通常不用; government copy often keeps it). */
  betweenQuotedItems: boolean
}

const defaultOptions: Options = {betweenQuotedItems: false}

/** Whether the two numbers are neighbours (三、四; 九、十), as a 概数 is. */
function areNeighbours(first: string, second: string): boolean {
  return chineseDigits.indexOf(first) + 1 === (second === '十' ? 10 : chineseDigits.indexOf(second))
}

export default defineRule({
  id: 'punctuation/enumeration-comma',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    approximate: '相邻数字表示概数，中间不用顿号，应为“{expected}”',
    conjunction: '连词“{word}”前不用顿号，应删去顿号或改用逗号',
    marked: '并列的引号或书名号之间通常不用顿号，应删去顿号',
  },
  defaultOptions,
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        if (!text.includes('、')) return
        for (const match of text.matchAll(approximateNumber)) {
          const [whole, ten, first, second] = match as unknown as [string, string, string, string]
          const before = text[match.index - 1]
          // 第五、六中队, 一、二、三个 (a list), 二十一、二个 (an ordinal run): not a 概数.
          if (before === '第' || before === '、' || (ten === '' && before === '十') || text[match.index + whole.length + 1] === '、') continue
          if (!areNeighbours(first, second)) continue
          context.report({messageId: 'approximate', range: [match.index, match.index + whole.length], expected: [ten + first + second]})
        }
        const candidates = [...text.matchAll(commaBeforeConjunction)]
        if (candidates.length > 0) {
          const tokenAt = new Map(segment.tokens().map((token) => [token.start, token]))
          for (const match of candidates) {
            const next = tokenAt.get(match.index + 1)
            if (!next || next.tag !== 'c' || !conjunctions.has(next.text)) continue
            // Before 以及 closing a list of long items a 逗号 is right (GB/T 15834 附录 A, 逗号的补充规则).
            const expected = next.text === '以及' ? ['，', ''] : ['']
            context.report({messageId: 'conjunction', range: [match.index, match.index + 1], expected, data: {word: next.text}})
          }
        }
        if (!context.options.betweenQuotedItems) return
        for (const match of text.matchAll(commaBetweenMarked)) {
          context.report({messageId: 'marked', range: [match.index + 1, match.index + 2], expected: ['']})
        }
      },
    }
  },
})
