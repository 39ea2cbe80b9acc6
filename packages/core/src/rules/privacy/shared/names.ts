import {dictionaryWords} from '../../../dictionaries/registry.js'
import type {Token} from '../../../segment/index.js'
import type {Cue} from './cues.js'

/** A full personal name in the text. */
export interface PersonName {
  start: number
  end: number
  surname: string
}

/** jieba tags a name may carry: person names, and `x` for words it does not know (王芳). */
const nameTags = new Set(['nr', 'nrfg', 'nrt', 'x'])

const hanWord = /^\p{Script=Han}{2,4}$/u

/** What follows the surname in a name already masked or not a name: 张某某, 张**, 李老师. */
const notGivenName = /^(?:[某×X○*]+|老师|先生|女士|同志|师傅|阿姨|大爷|家|氏|姓)$/

/** The surname a word starts with (复姓 first), if any. */
export function surnameOf(word: string): string | undefined {
  const surnames = dictionaryWords('surnames')
  if (word.length >= 3 && surnames.has(word.slice(0, 2))) return word.slice(0, 2)
  return surnames.has(word[0]!) ? word[0] : undefined
}

/**
 * Full personal names: words jieba tags as names (or does not know) of two to four Han
 * characters that start with a surname and are not context words themselves (申请人 starts
 * with the surname 申). Masked names (张某某) and forms of address (李老师) are not names.
 */
export function findNames(text: string, tokens: readonly Token[], cues: readonly Cue[]): PersonName[] {
  const names: PersonName[] = []
  for (const token of tokens) {
    if (!nameTags.has(token.tag) || !hanWord.test(token.text)) continue
    if (cues.some((cue) => cue.start < token.end && cue.end > token.start)) continue
    const surname = surnameOf(token.text)
    if (!surname || notGivenName.test(token.text.slice(surname.length))) continue
    if (/^[某×X○*]/.test(text[token.end] ?? '')) continue
    names.push({start: token.start, end: token.end, surname})
  }
  return names
}

/** The masked form of a name: the surname and 某某 (张三 → 张某某, 欧阳娜娜 → 欧阳某某). */
export function maskName(name: PersonName): string {
  return `${name.surname}某某`
}
