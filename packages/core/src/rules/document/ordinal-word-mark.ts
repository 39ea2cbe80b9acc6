import {defineRule} from '../../engine/rule.js'

/**
 * 第一 第二 and 首先 其次 opening a sentence, followed by a 顿号. Another numeral or 第 after the
 * 顿号 means an enumeration of ordinals (第一、第二产业; 第一、二季度), which keeps its 顿号.
 */
const ordinalWithComma = /(?<=^|[。；：！？\s\u3000])(?:第[一二三四五六七八九十]{1,3}|首先|其次)(、)(?![第一二三四五六七八九十])/gmu

export default defineRule({
  id: 'document/ordinal-word-mark',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    commaExpected: '序次语“{ordinal}”后用逗号，不用“{actual}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        for (const match of segment.text.matchAll(ordinalWithComma)) {
          const mark = match.index + match[0].length - 1
          context.report({messageId: 'commaExpected', range: [mark, mark + 1], expected: ['，'], data: {ordinal: match[0].slice(0, -1)}})
        }
      },
    }
  },
})
