import {readDictionary} from '@shenjiao/dictionaries'
import {cachedMatcher, type Matcher} from './matcher.js'

const words = new Map<string, ReadonlySet<string>>()

/** The first column of a shipped dictionary as a set, read once per process. */
export function dictionaryWords(id: string): ReadonlySet<string> {
  let set = words.get(id)
  if (!set) {
    set = new Set(readDictionary(id).map((row) => row[0]!))
    words.set(id, set)
  }
  return set
}

/** A matcher over the first column of a shipped dictionary, compiled once per process. */
export function dictionaryMatcher(id: string): Matcher {
  return cachedMatcher(`dictionary:${id}`, () => readDictionary(id).map((row) => row[0]!))
}

/** Characters a writer or an input method confuses with one character. */
export interface SimilarChars {
  samePinyin: string
  similarSound: string
  similarShape: string
}

let similar: Map<string, SimilarChars> | undefined

/** The `similar-chars` dictionary: same-pinyin, similar-sound and similar-shape characters. */
export function similarChars(char: string): SimilarChars | undefined {
  similar ??= new Map(
    readDictionary('similar-chars').map(([char, samePinyin = '', similarSound = '', similarShape = '']) => [
      char!,
      {samePinyin, similarSound, similarShape},
    ]),
  )
  return similar.get(char)
}
