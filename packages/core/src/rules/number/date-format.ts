import {defineRule} from '../../engine/rule.js'
import {convertYear} from '../shared/chinese-numerals.js'

/** A year, month and day joined by dots or slashes: 2024.5.1, 2024/05/01; not a version number (V2024.5.1). */
const separatedDate = /(?<![\d./\-A-Za-z])((?:19|20)\d{2})([./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d./])/g

/** A year and month with a hyphen but no day: 2008-8 (for 2008年8月); GB/T 7408 forms are complete dates. */
const yearMonthHyphen = /(?<![\d./\-A-Za-z]\s?)((?:19|20)\d{2})-(0?[1-9]|1[0-2])(?![\d\-–.:/]|[月号期批版型届])(?=[\p{Script=Han}，。；、）])/gu

/** A Chinese-numeral year followed by an Arabic month: 二〇〇八年8月. */
const chineseYearArabicMonth = /(?<![〇零一二三四五六七八九十])[〇一二三四五六七八九]{4}年(?=\d{1,2}月)/g

/** An Arabic year followed by a Chinese-numeral month and day: 2008年八月八日. */
const arabicYearChineseDate = /(?<!\d)(?:19|20)\d{2}年(?=(?:十[一二]?|[一二三四五六七八九])月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)/g

export default defineRule({
  id: 'number/date-format',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    separated: '日期“{actual}”用“{mark}”分隔，正文中应写作“{expected}”',
    partial: '“{actual}”只有年月，短横线式日期须年月日齐全，应写作“{expected}”',
    mixed: '年份“{actual}”与后面月日的数字形式不一致，应统一，如“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        if (segment.kind !== 'table-cell') {
          for (const match of text.matchAll(separatedDate)) {
            const [date, year = '', mark = '', month = '', day = ''] = match
            const pad = (value: string): string => value.padStart(2, '0')
            context.report({
              messageId: 'separated',
              range: [match.index, match.index + date.length],
              expected: [`${year}年${Number(month)}月${Number(day)}日`, `${year}-${pad(month)}-${pad(day)}`],
              data: {mark},
            })
          }
        }
        for (const match of text.matchAll(yearMonthHyphen)) {
          const [date, year = '', month = ''] = match
          context.report({messageId: 'partial', range: [match.index, match.index + date.length], expected: [`${year}年${Number(month)}月`]})
        }
        for (const pattern of [chineseYearArabicMonth, arabicYearChineseDate]) {
          for (const match of text.matchAll(pattern)) {
            const year = match[0].slice(0, 4)
            context.report({messageId: 'mixed', range: [match.index, match.index + 5], expected: [`${convertYear(year)}年`]})
          }
        }
      },
    }
  },
})
