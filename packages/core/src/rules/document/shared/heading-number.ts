import {formatChineseNumeral, parseChineseNumeral} from '../../shared/chinese-numerals.js'

/** The four levels of GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4

/** A 序次语 at the start of a line. */
export interface HeadingNumber {
  level: HeadingLevel
  value: number
  /** `[start, end)` of the numeral with its brackets, in the segment's text. */
  start: number
  end: number
  /** The mark written after the numeral (一、 1. （一）、), empty when there is none. */
  mark: string
  /** The first item of a 附件说明 (附件：1.…): the list continues on the next lines. */
  attachment: boolean
}

/**
 * A 序次语 opening a line, after any indentation: a Chinese numeral with a mark (一、),
 * one in brackets of either width (（一） (一)), 1–2 digits with a mark (1. 1、), also as
 * the first item of a 附件说明 (附件：1.), or in brackets (（1）). A number right after a bare
 * one's mark makes it a number, not a heading: 1.5亿, 1、2号楼, 一、二级.
 */
const headingStart = new RegExp(
  '^[ \\t\\u3000]*(?:' +
    [
      '(?<chineseBare>[一二三四五六七八九十]{1,3})(?<chineseBareMark>[、.．，,])(?![一二三四五六七八九十])',
      '[（(](?<chineseBracketed>[一二三四五六七八九十]{1,3})[）)](?<chineseBracketedMark>[、.．，,]?)',
      '(?<attachment>附件[：:][ \\t\\u3000]*)?(?<arabicBare>\\d{1,2})(?<arabicBareMark>[.．、])(?![\\d０-９.．])',
      '[（(](?<arabicBracketed>\\d{1,2})[）)](?<arabicBracketedMark>[、.．，,]?)',
    ].join('|') +
    ')',
  'gmu',
)

/** Every 序次语 that opens a line of `text`, in order. */
export function headingNumbers(text: string): HeadingNumber[] {
  const found: HeadingNumber[] = []
  for (const match of text.matchAll(headingStart)) {
    const groups = match.groups!
    const level: HeadingLevel = groups.chineseBare ? 1 : groups.chineseBracketed ? 2 : groups.arabicBare ? 3 : 4
    const numeral = groups.chineseBare ?? groups.chineseBracketed ?? groups.arabicBare ?? groups.arabicBracketed!
    const value = level === 1 || level === 2 ? parseChineseNumeral(numeral) : Number(numeral)
    if (value === undefined || value === 0) continue
    const mark = groups.chineseBareMark ?? groups.chineseBracketedMark ?? groups.arabicBareMark ?? groups.arabicBracketedMark ?? ''
    const end = match.index + match[0].length - mark.length
    const bracketed = level === 2 || level === 4
    const start = end - numeral.length - (bracketed ? 2 : 0)
    found.push({level, value, start, end, mark, attachment: groups.attachment !== undefined})
  }
  return found
}

/** How the standard writes a 序次语 of a level, with its mark: 三、 （三） 3. （3）. */
export function formatHeadingNumber(level: HeadingLevel, value: number): string {
  if (level === 1) return `${formatChineseNumeral(value)}、`
  if (level === 2) return `（${formatChineseNumeral(value)}）`
  if (level === 3) return `${value}.`
  return `（${value}）`
}

/** The mark the standard puts after a level's 序次语: 顿号, none, 下脚点, none. */
export function standardMark(level: HeadingLevel): string {
  return level === 1 ? '、' : level === 3 ? '.' : ''
}
