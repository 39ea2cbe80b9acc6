import {defineRule} from '../../engine/rule.js'
import {isOutsideBody} from './shared/body.js'

/**
 * A 公文 title from 关于 to its 文种 (条例 Art. 8, with 实施意见 and the like), as short as
 * possible. 、 and quotes may occur in a title; other marks end it.
 */
const documentTitle =
  /关于[^\s，。；：！？《》〈〉（）()…]{2,60}?的(?:实施|指导|若干|补充)?(?:通知|意见|决定|决议|命令|公报|公告|通告|通报|报告|请示|批复|议案|函|纪要)/gu

/**
 * A 文号 in brackets right after the title, with the sentence going on after it:
 * …的请示（国科发高〔2018〕235号）收悉. A title and 文号 alone on a line is a list entry.
 */
const bracketedNumberInSentence = /^[（(][^（）()]{2,30}号[）)]\p{Script=Han}/u

/** Words that introduce a cited document in running text, with the issuer that may follow them. */
const citingVerbBefore = /(?:根据|按照|依据|依照|参照|遵照|贯彻|落实|执行|对照)[\p{Script=Han}、]{0,16}$/u

/** What may follow a title cited in running text: a mark, the end, or 要求/精神. */
const afterCitedTitle = /^(?:[，。；、）]|$|要求|精神)/

/** Tells, for increasing offsets, whether each lies between a 《 and its 》; one pass over the text. */
function titleMarkDepth(text: string): (index: number) => boolean {
  let scanned = 0
  let depth = 0
  return (index) => {
    for (; scanned < index; scanned++) {
      if (text[scanned] === '《') depth++
      else if (text[scanned] === '》' && depth > 0) depth--
    }
    return depth > 0
  }
}

/** Whether a title is cited in running text: a 文号 and more text after it, 收悉, or a citing verb before it. */
function isCitation(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 32)
  if (bracketedNumberInSentence.test(after) || after.startsWith('收悉')) return true
  return citingVerbBefore.test(text.slice(Math.max(0, start - 24), start)) && afterCitedTitle.test(after)
}

export default defineRule({
  id: 'document/cited-title-marks',
  severity: 'warning',
  fixable: 'suggest',
  recommended: false,
  messages: {
    missingTitleMarks: '引用的公文标题“{actual}”未加书名号，应为“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        // Headings name documents without citing them.
        if (segment.kind === 'heading' || isOutsideBody(segment.kind)) return
        const {text} = segment
        const isInsideTitleMarks = titleMarkDepth(text)
        for (const match of text.matchAll(documentTitle)) {
          const end = match.index + match[0].length
          if (isInsideTitleMarks(match.index) || !isCitation(text, match.index, end)) continue
          context.report({messageId: 'missingTitleMarks', range: [match.index, end], expected: [`《${match[0]}》`]})
        }
      },
    }
  },
})
