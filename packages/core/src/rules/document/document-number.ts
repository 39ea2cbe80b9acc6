import {defineRule} from '../../engine/rule.js'
import {documentNumbers, isComplete, type DocumentNumber} from '../shared/document-number.js'
import {fullYears} from '../shared/years.js'

export default defineRule({
  id: 'document/document-number',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    bracket: '发文字号的年份用了“{actual}”，应使用六角括号“{expected}”',
    shortYear: '发文字号的年份“{actual}”不应简写，应写全四位',
    ordinal: '发文字号的顺序号前不加“第”，应为“{expected}”',
    leadingZero: '发文字号的顺序号不编虚位，应为“{expected}”',
    missingCode: '发文字号“{actual}”缺少发文机关代字',
  },
  defaultOptions: {},
  create(context) {
    const check = (text: string, number: DocumentNumber): void => {
      const complete = isComplete(number)
      const yearEnd = number.close + 1
      if (text[number.open] !== '〔' || text[number.close] !== '〕') {
        context.report({
          messageId: 'bracket',
          range: [number.open, yearEnd],
          expected: [`〔${number.year}〕`],
          ...(!complete && {fixable: 'suggest'}),
        })
      }
      if (number.year.length === 2) {
        context.report({messageId: 'shortYear', range: [number.open + 1, number.close], expected: fullYears(number.year), fixable: 'suggest'})
      }
      const sequenceEnd = number.sequenceStart + number.sequence.length
      const unpadded = number.sequence.replace(/^0+(?=\d)/, '')
      const hasOrdinal = number.ordinal < number.sequenceStart
      if (hasOrdinal || unpadded !== number.sequence) {
        context.report({
          messageId: hasOrdinal ? 'ordinal' : 'leadingZero',
          range: [number.ordinal, sequenceEnd],
          expected: [unpadded],
          ...(!complete && {fixable: 'suggest'}),
        })
      }
      if (number.start === number.open) {
        context.report({messageId: 'missingCode', range: [number.open, number.end], lowerSeverity: true})
      }
    }
    return {
      prose(segment) {
        for (const number of documentNumbers(segment.text)) check(segment.text, number)
      },
    }
  },
})
