import {defineRule} from '../../engine/rule.js'
import {documentNumbers, type DocumentNumber} from '../shared/document-number.js'

/** Brackets writers put around a cited 文号 instead of （ ）; half-width ( ) is left to punctuation/no-halfwidth-in-chinese. */
const wrongBrackets: Readonly<Record<string, string>> = {'〔': '〕', '［': '］', '[': ']', '【': '】', '﹝': '﹞'}

/**
 * Words that run into a 代字 with no break (根据国办发〔2017〕47号《…》) and mark where it
 * starts; without one, only a short run of Han characters is taken as the 代字.
 */
const leadIn = /根据|按照|依据|依照|参照|对照|遵照|执行|贯彻|落实|印发|转发|以及|和|及|与|见/g

/** The longest 代字 the order check trusts when no lead-in word marks where it starts. */
const longestPlainCode = 6

/** Where the 代字 of a number starts: after the last lead-in word before its bracket, if any. */
function codeStartAfterLeadIn(text: string, number: DocumentNumber): number | undefined {
  const run = text.slice(number.start, number.open)
  let start = 0
  for (const match of run.matchAll(leadIn)) start = match.index + match[0].length
  if (start === 0 && run.length > longestPlainCode) return undefined
  return start < run.length ? number.start + start : undefined
}

/** The longest cited title looked at (characters between 《 and 》). */
const longestTitle = 120

export default defineRule({
  id: 'document/citation-format',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    unbracketed: '引用公文时标题后的发文字号“{actual}”应加全角圆括号',
    wrongBracket: '引用公文时发文字号应放在全角圆括号内，应为“{expected}”',
    order: '引用公文应先引标题，后引发文字号，应为“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const number of documentNumbers(text)) {
          const codeStart = codeStartAfterLeadIn(text, number)
          if (codeStart === undefined) continue
          const cited = text.slice(number.start, number.end)
          const before = text[number.start - 1]
          // 《意见》和国办发〔2017〕47号 lists a second document; only a 文号 right after 》 is the title's.
          const afterTitle = codeStart === number.start
          if (before === '》' && afterTitle) {
            context.report({messageId: 'unbracketed', range: [number.start, number.end], expected: [`（${cited}）`]})
          } else if (afterTitle && text[number.start - 2] === '》' && wrongBrackets[before!] === text[number.end]) {
            context.report({messageId: 'wrongBracket', range: [number.start - 1, number.end + 1], expected: [`（${cited}）`]})
          } else if (text[number.end] === '《') {
            const titleLength = text.slice(number.end, number.end + longestTitle).indexOf('》')
            if (titleLength === -1) continue
            const titleEnd = number.end + titleLength
            const title = text.slice(number.end, titleEnd + 1)
            context.report({messageId: 'order', range: [codeStart, titleEnd + 1], expected: [`${title}（${text.slice(codeStart, number.end)}）`]})
          }
        }
      },
    }
  },
})
