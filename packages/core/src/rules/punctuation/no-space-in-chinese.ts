import {defineRule} from '../../engine/rule.js'
import {charAt, charBefore, isChinese, isHan} from '../shared/chars.js'

/** Horizontal spaces: ASCII, no-break (`&nbsp;`), ideographic (full-width) and tab. */
const spaceRun = /[ \u00a0\u3000\t]+/g

/** 第一条　…, 第三章　…: a full-width space after an article or chapter number is the norm. */
const articleNumber = /第[一二三四五六七八九十百千零〇两\d]+[编章节条款项]$/

/** Length of the run of Han characters that ends at `end` (or starts at `start`). */
function hanRunBefore(text: string, end: number): number {
  let length = 0
  for (let char = charBefore(text, end); isHan(char); char = charBefore(text, end)) {
    end -= char!.length
    length++
  }
  return length
}

function hanRunAfter(text: string, start: number): number {
  let length = 0
  for (let char = charAt(text, start); isHan(char); char = charAt(text, start)) {
    start += char!.length
    length++
  }
  return length
}

/**
 * Whether a space between two Chinese characters is deliberate layout, as published
 * official copy uses it: alignment (two or more spaces), letter-spaced titles and padded
 * two-character names (国 务 院, 孙　尧: a single character on one side), the space after
 * 第X条, and full-width spaces between Han characters (signatures, lists of bodies).
 */
function isLayout(text: string, start: number, end: number, before: string, after: string): boolean {
  if (end - start > 1) return true
  if (isHan(before) && isHan(after)) {
    if (text[start] === '\u3000') return true
    if (hanRunBefore(text, start) === 1 || hanRunAfter(text, end) === 1) return true
  }
  return articleNumber.test(text.slice(Math.max(0, start - 12), start))
}

export default defineRule({
  id: 'punctuation/no-space-in-chinese',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    space: '中文之间出现多余空格，应删除',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const match of text.matchAll(spaceRun)) {
          const start = match.index
          const end = start + match[0].length
          const before = charBefore(text, start)
          const after = charAt(text, end)
          if (!isChinese(before) || !isChinese(after)) continue
          if (isLayout(text, start, end, before!, after!)) continue
          context.report({messageId: 'space', range: [start, end], expected: ['']})
        }
      },
    }
  },
})
