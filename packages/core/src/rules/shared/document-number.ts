import {charBefore, isAsciiAlphanumeric, isHan} from './chars.js'

/**
 * The year part of a 发文字号 in any bracket writers use for 〔〕: 六角 and its look-alikes
 * (﹝〘), square ([［【) and round (（( ) ones, also mixed (〔2017]); 2- or 4-digit years.
 * The 顺序号 after it may carry 第 and leading zeros; 号 closes the number.
 */
const yearThenNumber = /([〔﹝〘［【[（(])(\d{4}|\d{2})([〕﹞〙］】\]）)])(第?)(\d{1,6})号/g

/** A 发文字号 as written, with each part's offsets in the text, so rules can point at one part. */
export interface DocumentNumber {
  /**
   * `[start, end)`: from the 代字 to 号. The 代字 is the run of Han characters before the
   * bracket, which may begin with other words (根据国办发); `start` equals `open` when it is missing.
   */
  start: number
  end: number
  open: number
  year: string
  close: number
  /** Offset of 第, or of the 顺序号 when there is no 第. */
  ordinal: number
  sequence: string
  sequenceStart: number
}

/** How many Han characters a 代字 may have (国办发明电, 国科发高, 京政办发). */
const longestCode = 12

/** Start of the run of Han characters ending at `index`, at most `longestCode` long. */
function codeStartBefore(text: string, index: number): number {
  let start = index
  while (index - start < longestCode * 2) {
    const char = charBefore(text, start)
    if (!isHan(char)) break
    start -= char!.length
  }
  return start
}

/** Where a few spaces ending at `index` begin; writers sometimes put them between 代字 and bracket. */
function spacesStartBefore(text: string, index: number): number {
  let start = index
  while (start > 0 && index - start < 4 && (text[start - 1] === ' ' || text[start - 1] === '\u3000')) start--
  return start
}

/** Characters that end a word before a bracket but never a 代字: 第（2019）12号, 2019年（2018）5号. */
const notCodeEnd = new Set(['第', '年', '月', '日', '号', '的', '和', '与', '及', '或'])

/**
 * Round brackets are the commonest slip for 〔〕 but also enclose years in other numbers
 * (展位号为（2019）12号), so before them only a 代字 ending like most do counts: 国办发, 粤府函,
 * 某某字, 京政办, 国办发明电, 鄂政文, 某某复, 某某令.
 */
const roundCodeEnd = new Set(['发', '函', '字', '办', '电', '文', '复', '令'])

/** A year a 发文字号 can have: four digits from 19xx or 20xx, or two (an abbreviation). */
function isPlausibleYear(year: string): boolean {
  return year.length === 2 || year.startsWith('19') || year.startsWith('20')
}

/**
 * Every stretch of `text` shaped like a 发文字号 (document/document-number reports its
 * brackets, so other rules can leave the year's brackets alone): a bracketed year, a 顺序号 and 号,
 * preceded by a 代字 of Han characters or by nothing (a number whose 代字 was left out).
 * Round brackets count only after a 代字 of two or more characters ending like one.
 */
export function documentNumbers(text: string): DocumentNumber[] {
  const found: DocumentNumber[] = []
  for (const match of text.matchAll(yearThenNumber)) {
    const [whole, open, year, close, ordinalMark, sequence] = match
    if (!isPlausibleYear(year!)) continue
    // 国办发 〔2017〕47号 has its 代字; the space is punctuation/no-space-in-chinese's to report.
    const codeEnd = spacesStartBefore(text, match.index)
    const lastOfCode = charBefore(text, codeEnd)
    if (lastOfCode !== undefined && (isAsciiAlphanumeric(lastOfCode) || notCodeEnd.has(lastOfCode))) continue
    const codeStart = codeStartBefore(text, codeEnd)
    const round = open === '（' || open === '('
    if (round && (codeEnd - codeStart < 2 || !roundCodeEnd.has(lastOfCode!))) continue
    const sequenceStart = match.index + open!.length + year!.length + close!.length + ordinalMark!.length
    found.push({
      start: codeStart === codeEnd ? match.index : codeStart,
      end: match.index + whole.length,
      open: match.index,
      year: year!,
      close: match.index + open!.length + year!.length,
      ordinal: sequenceStart - ordinalMark!.length,
      sequence: sequence!,
      sequenceStart,
    })
  }
  return found
}

/** Whether a 发文字号 has a 代字 and a four-digit year, so its other parts can be fixed safely. */
export function isComplete(number: DocumentNumber): boolean {
  return number.start < number.open && number.year.length === 4
}
