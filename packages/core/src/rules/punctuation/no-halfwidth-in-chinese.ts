import {defineRule} from '../../engine/rule.js'
import {charAt, charBefore, isAsciiAlphanumeric, isAsciiDigit, isChinese, isHan} from '../shared/chars.js'
import {documentNumbers} from '../shared/document-number.js'

/** Runs of half-width sentence marks; each run is judged by its neighbours. */
const markRun = /[,;:?!]+/g

/** A character reference such as `&nbsp;` ends right before this `;` (text exported from a CMS). */
const referenceBefore = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*)$/i

/** ASCII U+0021–U+007E ↔ full-width U+FF01–U+FF5E. */
function toFullwidth(marks: string): string {
  return marks.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))
}

/**
 * Whether a run of marks between `before` and `after` belongs to Chinese text. A mark right
 * after Chinese is Chinese; one right before Chinese is too, unless it sits inside a number
 * (1,000), a time (10:30) or after a Latin word (`Tel:`, `Hello!`).
 */
function isInChinese(marks: string, before: string | undefined, after: string | undefined): boolean {
  if (isChinese(before)) return true
  if (!isChinese(after)) return false
  if (marks === ',' || marks === ';') return !(isAsciiDigit(before) && isAsciiDigit(after))
  return !isAsciiAlphanumeric(before)
}

/**
 * Half-width parentheses with their partners, in order: `(`…`)` pairs, lone ones, and
 * ones whose partner is full-width (（…)), which are Chinese whatever they enclose.
 */
function parentheses(text: string): Array<{open?: number; close?: number; mixed?: true}> {
  const found: Array<{open?: number; close?: number; mixed?: true}> = []
  const open: number[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '(' || char === '（') open.push(i)
    else if (char === ')' || char === '）') {
      const start = open.pop()
      const opener = start === undefined ? undefined : text[start]
      if (char === '）') {
        if (opener === '(') found.push({open: start!, mixed: true})
      } else if (opener === '（') found.push({close: i, mixed: true})
      else found.push(start === undefined ? {close: i} : {open: start, close: i})
    }
  }
  for (const start of open) if (text[start] === '(') found.push({open: start})
  return found
}

/**
 * Whether a parenthesis pair encloses or touches Chinese text. A pair right after a Latin
 * letter or digit with no Han inside is notation, not punctuation: f(x), H2O(l).
 */
function isChineseParenthesis(text: string, open: number | undefined, close: number | undefined): boolean {
  if (open !== undefined && close !== undefined && isAsciiAlphanumeric(charBefore(text, open))) {
    if (![...text.slice(open + 1, close)].some(isHan)) return false
  }
  if (open !== undefined && isChinese(charBefore(text, open))) return true
  if (close !== undefined && isChinese(charAt(text, close + 1))) return true
  if (open !== undefined && close === undefined) return isChinese(charAt(text, open + 1))
  if (close !== undefined && open === undefined) return isChinese(charBefore(text, close))
  return [...text.slice(open! + 1, close)].some(isHan)
}

export default defineRule({
  id: 'punctuation/no-halfwidth-in-chinese',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    halfwidth: '中文语境中出现半角“{actual}”，应使用全角“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    const report = (start: number, actual: string): void => {
      context.report({messageId: 'halfwidth', range: [start, start + actual.length], expected: [toFullwidth(actual)]})
    }
    return {
      prose(segment) {
        const {text} = segment
        for (const match of text.matchAll(markRun)) {
          const end = match.index + match[0].length
          if (match[0] === ';' && referenceBefore.test(text.slice(Math.max(0, match.index - 12), match.index))) continue
          if (isInChinese(match[0], charBefore(text, match.index), charAt(text, end))) report(match.index, match[0])
        }
        if (!text.includes('(') && !text.includes(')')) return
        // The year's brackets of a 发文字号 (国办发(2017)47号) are document/document-number's to fix, to 〔〕.
        const yearBrackets = new Set(documentNumbers(text).flatMap((number) => [number.open, number.close]))
        for (const {open, close, mixed} of parentheses(text)) {
          if (!mixed && !isChineseParenthesis(text, open, close)) continue
          if (open !== undefined && !yearBrackets.has(open)) report(open, '(')
          if (close !== undefined && !yearBrackets.has(close)) report(close, ')')
        }
      },
    }
  },
})
