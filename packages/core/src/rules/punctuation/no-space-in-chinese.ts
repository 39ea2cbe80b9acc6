import {defineRule, type ProseSegment} from '../../engine/rule.js'
import type {Token} from '../../segment/index.js'
import {charAt, charBefore, isAmbiguousWidth, isChinese, isHan} from '../shared/chars.js'
import {closerFor} from './shared/pairs.js'

/** Horizontal spaces: ASCII, no-break (`&nbsp;`), ideographic (full-width) and tab. */
const spaceRun = /[ \u00a0\u3000\t]+/g

/** 第一条　…, 第三章　…: a full-width space after an article or chapter number is the norm. */
const articleNumber = /第[一二三四五六七八九十百千零〇两\d]+[编章节条款项]$/

/** A sequence marker opening a line (一、 （六） (3)), after any indentation. */
const leadingEnumerator = /^[ \t\u3000]*(?:[一二三四五六七八九十百零〇]+、|[（(][一二三四五六七八九十百零〇\d]+[）)])$/

/** Endings of the names of government bodies (中共中央, 国务院办公厅, 财政部, 国家发展改革委). */
const bodySuffix = /(?:中央|军委|政府|办公厅|办公室|[部委局厅署院会行办社联])$/

/** Tags of words that may make up the name of a body; unknown words (`x`) included. */
const nominalTag = /^(?:n|j|vn|zg|b|x)/

/** Longest name of a body looked for after a space. */
const bodyNameLimit = 12

/** Opening marks: a space right after one lies inside the pair. */
const openingMark = /^[“‘（《〈【〔「『]$/

/** Closing marks: a space right before one lies inside the pair. */
const closingMark = /^[”’）》〉】〕」』]$/

/**
 * Whether a single space lies just inside a pair of brackets or 书名号 (《 标题 》, （ 注 ）).
 * Quotes are narrow in Latin fonts and get padded, so a space beside one counts only when
 * the other end of the quotation is padded too (“ 引文 ”).
 */
function isInsidePair(text: string, start: number, end: number, before: string | undefined, after: string | undefined): boolean {
  if (end - start > 1 || text[start] === '\u00a0' || before === undefined || after === undefined) return false
  if (/\s/.test(before) || /\s/.test(after)) return false
  if (isAmbiguousWidth(before)) return openingMark.test(before) && isPaddedCloser(text, end)
  if (isAmbiguousWidth(after)) return closingMark.test(after) && isPaddedOpener(text, start)
  return openingMark.test(before) || closingMark.test(after)
}

/** Longest quotation searched for its other end, so that scanning stays linear. */
const quotationLimit = 200

/** Whether the quotation opening before `from` ends with a space before its closing quote. */
function isPaddedCloser(text: string, from: number): boolean {
  const close = text.slice(from, from + quotationLimit).search(/[”’\n]/)
  return close > 0 && text[from + close] !== '\n' && /^[ \u3000\t]$/.test(text[from + close - 1]!)
}

/** Whether the quotation closing at `to` starts with an opening quote and a space. */
function isPaddedOpener(text: string, to: number): boolean {
  const from = Math.max(0, to - quotationLimit)
  const open = text.slice(from, to).search(/[“‘\n][^“‘\n]*$/)
  return open !== -1 && text[from + open] !== '\n' && /^[ \u3000\t]$/.test(text[from + open + 1]!)
}

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
 * official copy uses it: alignment (two or more spaces), no-break spaces, letter-spaced
 * titles and padded two-character names (国 务 院, 孙　尧: a single character on one side),
 * the space after 第X条 or a leading 一、, and full-width spaces between Han characters
 * (signatures, lists of bodies).
 */
function isLayout(text: string, start: number, end: number, before: string, after: string): boolean {
  if (end - start > 1 || text[start] === '\u00a0') return true
  if (isHan(before) && isHan(after)) {
    if (text[start] === '\u3000') return true
    if (hanRunBefore(text, start) === 1 || hanRunAfter(text, end) === 1) return true
  }
  if (leadingEnumerator.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) return true
  return articleNumber.test(text.slice(Math.max(0, start - 12), start))
}

/** Whether a space ends a list item: the block's edge, another space, a label's colon or a bracket. */
function isItemEdge(char: string | undefined): boolean {
  return char === undefined || /^[:：（）【】 \u00a0\u3000\t\r\n]$/.test(char)
}

/**
 * Whether the space separates items rather than words of a sentence: names in a 名单
 * (王小明 李华 张伟), labelled fields (来源：新华社 作者：张三, （记者 张三）) or the halves of a parallel
 * slogan or headline (勠力同心谋新篇 砥砺前行开新局). Both neighbours are runs of Han
 * characters bounded by the block's edge, a space or a colon, and they are either short
 * (at most four characters) or of equal length.
 */
function isItemSeparator(text: string, start: number, end: number): boolean {
  const left = hanRunBefore(text, start)
  const right = hanRunAfter(text, end)
  if (left === 0 || right === 0 || ((left > 4 || right > 4) && left !== right)) return false
  let leftEdge = start
  for (let i = 0; i < left; i++) leftEdge -= charBefore(text, leftEdge)!.length
  let rightEdge = end
  for (let i = 0; i < right; i++) rightEdge += charAt(text, rightEdge)!.length
  return isItemEdge(charBefore(text, leftEdge)) && isItemEdge(charAt(text, rightEdge))
}

/**
 * Whether the space separates the names of bodies issuing a document together, written
 * with a space by convention: 中共中央 国务院, 教育部 国家发展改革委 财政部.
 */
function isBetweenBodies(segment: ProseSegment, start: number, end: number): boolean {
  if (!bodySuffix.test(segment.text.slice(Math.max(0, start - 3), start))) return false
  const tokens = segment.tokens()
  const previous = tokens.find((token) => token.end === start)
  if (!previous || !isBodyWord(previous)) return false
  const following = tokens.filter((token) => token.start >= end)
  if (following[0]?.start !== end) return false
  let name = ''
  for (const token of following) {
    if (!nominalTag.test(token.tag) || ![...token.text].every(isHan)) return false
    name += token.text
    if (name.length > bodyNameLimit) return false
    if (token.tag === 'nt' || bodySuffix.test(name)) return true
  }
  return false
}

function isBodyWord(token: Token): boolean {
  return token.tag === 'nt' || (nominalTag.test(token.tag) && bodySuffix.test(token.text))
}

export default defineRule({
  id: 'punctuation/no-space-in-chinese',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    space: '中文之间出现多余空格，应删除',
    insidePair: '括号、引号或书名号内侧出现多余空格，应删除',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        // Headlines separate their clauses with a space (国务院常务会议 部署…).
        const isHeading = segment.kind === 'heading' || segment.kind === 'title'
        for (const match of text.matchAll(spaceRun)) {
          const start = match.index
          const end = start + match[0].length
          const before = charBefore(text, start)
          const after = charAt(text, end)
          if (before !== undefined && openingMark.test(before) && closerFor(before) === after) continue
          if (isInsidePair(text, start, end, before, after)) {
            context.report({messageId: 'insidePair', range: [start, end], expected: ['']})
            continue
          }
          if (!isChinese(before) || !isChinese(after)) continue
          if (isAmbiguousWidth(before) || isAmbiguousWidth(after)) continue
          if (isLayout(text, start, end, before!, after!)) continue
          if (isHeading && isHan(before) && isHan(after)) continue
          if (isItemSeparator(text, start, end) || isBetweenBodies(segment, start, end)) continue
          context.report({messageId: 'space', range: [start, end], expected: ['']})
        }
      },
    }
  },
})
