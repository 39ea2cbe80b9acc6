import {dictionaryWords} from '../../../dictionaries/registry.js'
import type {Token} from '../../../segment/index.js'
import {cueCovering, type Cue, type CueKind} from './cues.js'

/** A full personal name in the text. */
export interface PersonName {
  start: number
  end: number
  surname: string
}

/** Cue kinds a name may directly follow: 申请人张三, 联系人：李四, 姓名：王五. */
const introducingKinds: readonly CueKind[] = ['private', 'staff', 'official', 'name', 'home']

/** jieba tags of names, and `x` for words it does not know (王芳). */
const nameTags = new Set(['nr', 'nrfg', 'nrt', 'x'])

/** Tags of a given name jieba split from its surname: 黄/a 秀英/nr, 莫/d 永福/nz. */
const givenNameTags = new Set(['nr', 'nrfg', 'nrt', 'nz'])

/** Function words that are also surnames: 向/p 区政府, 于/p, 和/c, 其/r. */
const functionTags = /^(?:p|c|u|r)/

/** What stands after a surname when there is no given name: 张某某, 张**, 李老师, 王家. */
const notGivenName = /^(?:[某×X○*]|老师|先生|女士|同志|师傅|阿姨|大爷|家|氏|姓|总|工|局|科|处|所|队)/

const han = /\p{Script=Han}/u

/** The surname a word starts with (复姓 first), if any. */
export function surnameOf(word: string): string | undefined {
  const surnames = dictionaryWords('surnames')
  if (surnames.has(word.slice(0, 2))) return word.slice(0, 2)
  return surnames.has(word[0] ?? '') ? word[0] : undefined
}

/**
 * The full name that starts at `start`, if a surname does and a one- or two-character
 * given name of common name characters follows. jieba rarely segments unknown names well,
 * so the given name's length comes from the Han characters after the surname: all of them
 * when there are at most two (王芳，); else two if a word boundary (or a word introducing
 * the person: 申请人薛文博持…) allows, or one (肖杰的, 段涛来电).
 */
function nameAt(text: string, start: number, ends: ReadonlySet<number>, introduced: boolean): PersonName | undefined {
  const surname = surnameOf(text.slice(start, start + 2))
  if (!surname) return undefined
  const from = start + surname.length
  let run = 0
  while (run < 3 && han.test(text[from + run] ?? '')) run++
  const lengths = run <= 2 ? [run] : [ends.has(from + 2) || introduced ? 2 : 0, ends.has(from + 1) || introduced ? 1 : 0]
  const given = lengths.find((length) => length > 0 && isGivenName(text.slice(from, from + length + 1), length))
  return given === undefined ? undefined : {start, end: from + given, surname}
}

/**
 * Whether the first `length` characters of `text` (the rest of the name, and the character
 * after it) can be a given name: common name characters, not 某 or 老师, not before 第.
 */
function isGivenName(text: string, length: number): boolean {
  if (notGivenName.test(text) || text[length] === '第') return false
  const chars = dictionaryWords('given-name-chars')
  return [...text.slice(0, length)].every((char) => chars.has(char))
}

/** Where a clause begins: a name there needs no introduction (夏建国，女，… / 2025年1月6日，马立新驾驶…). */
const clauseOpening = /(?:^|[，,。；;：:、\s（()）])(?=\p{Script=Han})/gu

/**
 * Full personal names: a surname and a given name of characters common in names (the
 * `given-name-chars` list), starting right after a word that introduces a person (申请人,
 * 联系人：, 姓名：), where jieba sees a name or a surname, or where a clause opens (夏建国，
 * 女，…), unless jieba reads the surname as part of an ordinary word (权利人, 全市, 黄河).
 * Masked names (张某某, 张*) and forms of address (李老师) are not names.
 */
export function findNames(text: string, tokens: readonly Token[], cues: readonly Cue[]): PersonName[] {
  const ends = new Set(tokens.map((token) => token.end))
  const tokenAt = new Map(tokens.map((token) => [token.start, token]))
  const introduced = new Set<number>()
  for (const cue of cues) {
    if (!introducingKinds.includes(cue.kind)) continue
    introduced.add(cue.end + /^[\s:]{0,2}/.exec(text.slice(cue.end))![0].length)
  }
  const tagged = new Set<number>()
  tokens.forEach((token, i) => {
    if (functionTags.test(token.tag) || !surnameOf(token.text)) return
    const next = tokens[i + 1]
    const isName = nameTags.has(token.tag) && token.text.length >= 2
    const isSplit = surnameOf(token.text) === token.text && next !== undefined && (nameTags.has(token.tag) || givenNameTags.has(next.tag))
    if (isName || isSplit) tagged.add(token.start)
  })
  const opening = new Set([...text.matchAll(clauseOpening)].map((match) => match.index + match[0].length))

  const names: PersonName[] = []
  for (const start of [...new Set([...introduced, ...tagged, ...opening])].sort((a, b) => a - b)) {
    if ((names.at(-1)?.end ?? 0) > start || cueCovering(cues, start)) continue
    const name = nameAt(text, start, ends, introduced.has(start))
    if (name && !isInsideWord(tokenAt.get(start), name)) names.push(name)
  }
  return names
}

/**
 * Whether jieba reads the surname as part of an ordinary word (权利/n 人, 全市/n, 黄河/ns):
 * the word starting with it is longer than the surname and not tagged as a name.
 */
function isInsideWord(first: Token | undefined, name: PersonName): boolean {
  return first !== undefined && first.text.length > name.surname.length && !nameTags.has(first.tag)
}

/** The masked form of a name: the surname and 某某 (张三 → 张某某, 欧阳娜娜 → 欧阳某某). */
export function maskName(name: PersonName): string {
  return `${name.surname}某某`
}
