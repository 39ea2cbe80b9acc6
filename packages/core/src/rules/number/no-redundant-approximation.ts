import {defineRule} from '../../engine/rule.js'

/**
 * 约/大约/大概/将近 before a number and 左右/上下 after it say the same thing twice:
 * 约100人左右. The number may carry a unit of up to four characters (约5个百分点左右).
 * 约 that ends a word (节约, 制约, 签约) is not the adverb.
 */
const redundant = /(大约|大概|将近|约)(\d+(?:\.\d+)?|[一二三四五六七八九十百千万两]+)([%％]|[^\s\d，。；、：！？（）“”]{0,4}?)(左右|上下)/g

/** Characters before 约 that make it part of another word. */
const wordBeforeYue = /[节制签履违条公预相邀特合践赴失毁解缔集简婉隐誓和规契婚纽盟要]$/

export default defineRule({
  id: 'number/no-redundant-approximation',
  severity: 'warning',
  fixable: 'suggest',
  recommended: false,
  messages: {
    redundant: '“{prefix}”与“{suffix}”都表示约数，语义重复，应删去其一，如“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const match of text.matchAll(redundant)) {
          const [phrase, prefix = '', number = '', unit = '', suffix = ''] = match
          if (prefix === '约' && wordBeforeYue.test(text.slice(Math.max(0, match.index - 1), match.index))) continue
          context.report({
            messageId: 'redundant',
            range: [match.index, match.index + phrase.length],
            expected: [prefix + number + unit, number + unit + suffix],
            data: {prefix, suffix},
          })
        }
      },
    }
  },
})
