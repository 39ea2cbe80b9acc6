import {defineRule} from '../../engine/rule.js'
import {charAt, charBefore, isAsciiDigit, isHan} from '../shared/chars.js'

/** Characters written for the 间隔号 · (U+00B7): bullet, katakana middle dot, hyphenation point, bullet operator. */
const interpunctLike = /[•・‧∙]/g

/** A dot between two Han characters inside 《》 (《沁园春.雪》). */
const dotInTitle = /《[^《》\n]*》/g

/** A month–day name written with a dot in quotes (“5.12”汶川特大地震). */
const monthDay = /“(\d{1,2})[.．](\d{1,2})”(?=\p{Script=Han})/gu

function isMonthDay(month: string, day: string): boolean {
  return Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31
}

export default defineRule({
  id: 'punctuation/interpunct-form',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    form: '间隔号应写作“·”，不应写作“{actual}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        const report = (index: number, certain: boolean): void => {
          context.report({messageId: 'form', range: [index, index + 1], expected: ['·'], ...(!certain && {fixable: 'suggest' as const})})
        }
        // Between Han characters (阿依古丽•买买提); a bullet opening a list item is not one.
        for (const match of text.matchAll(interpunctLike)) {
          if (isHan(charBefore(text, match.index)) && isHan(charAt(text, match.index + 1))) report(match.index, true)
        }
        for (const title of text.matchAll(dotInTitle)) {
          for (let index = title.index + 1; index < title.index + title[0].length - 1; index++) {
            if (text[index] !== '.' && text[index] !== '．') continue
            if (isHan(charBefore(text, index)) && isHan(charAt(text, index + 1))) report(index, true)
          }
        }
        for (const match of text.matchAll(monthDay)) {
          if (!isMonthDay(match[1]!, match[2]!)) continue
          const dot = match.index + 1 + match[1]!.length
          if (isAsciiDigit(text[dot - 1])) report(dot, false)
        }
      },
    }
  },
})
