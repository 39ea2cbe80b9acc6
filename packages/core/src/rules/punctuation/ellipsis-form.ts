import {defineRule} from '../../engine/rule.js'
import {charAt, charBefore, isChinese} from '../shared/chars.js'

/**
 * Runs that stand for an ellipsis: full stops, dots, middle dots, 顿号 (three or more),
 * and runs of U+2026 of any length (judged by their count).
 */
const ellipsisLike = /。{3,}|\.{3,}|．{3,}|[·・•]{3,}|、{3,}|…+/g

/** A run of dots followed by a page number that ends its line is a table of contents' leader: 总则......1. */
const pageNumberEndingLine = /^[ \t\u3000]*\d+[ \t\u3000]*(?:\r?\n|\r|$)/

/** 等, 等等 or 什么的 right after an ellipsis repeat what it says; 等待, 等级, 等于 are other words. */
const etcetera = /^(?:等等?|什么的)(?![待级于同候到效额距])/

export default defineRule({
  id: 'punctuation/ellipsis-form',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    form: '省略号应写作“……”（两个“…”），不应写作“{actual}”',
    etcetera: '省略号后不再用“{word}”，应删去其一',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const match of text.matchAll(ellipsisLike)) {
          const run = match[0]
          const start = match.index
          const end = start + run.length
          if (pageNumberEndingLine.test(text.slice(end, end + 16))) continue
          if (run[0] === '…') {
            const following = etcetera.exec(text.slice(end, end + 3))
            if (following) {
              context.report({
                messageId: 'etcetera',
                range: [end, end + following[0].length],
                expected: [''],
                data: {word: following[0]},
                fixable: 'suggest',
              })
            }
            // Two marks (……) are one ellipsis; four stand for omitted paragraphs or lines.
            if (run.length === 2 || run.length === 4) continue
          } else if (!isChinese(charBefore(text, start)) && !isChinese(charAt(text, end))) continue
          context.report({
            messageId: 'form',
            range: [start, end],
            expected: ['……'],
            // Three or more marks: one ellipsis or two, the writer knows.
            ...(run.length > 4 && run[0] === '…' && {fixable: 'suggest' as const}),
          })
        }
      },
    }
  },
})
