import {readDictionary} from '@shenjiao/dictionaries'
import {cachedMatcher, type Matcher} from './matcher.js'

const rows = new Map<string, readonly string[][]>()
const words = new Map<string, ReadonlySet<string>>()

/**
 * The rows of a shipped dictionary, read once per process, in file order: row `i` is the
 * word `dictionaryMatcher(id)` reports as `index: i`.
 */
export function dictionaryRows(id: string): readonly string[][] {
  let read = rows.get(id)
  if (!read) {
    read = readDictionary(id)
    rows.set(id, read)
  }
  return read
}

/** The first column of a shipped dictionary as a set, read once per process. */
export function dictionaryWords(id: string): ReadonlySet<string> {
  let set = words.get(id)
  if (!set) {
    set = new Set(dictionaryRows(id).map((row) => row[0]!))
    words.set(id, set)
  }
  return set
}

/** A matcher over the first column of a shipped dictionary, compiled once per process. */
export function dictionaryMatcher(id: string): Matcher {
  return cachedMatcher(`dictionary:${id}`, () => dictionaryRows(id).map((row) => row[0]!))
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
    dictionaryRows('similar-chars').map(([char, samePinyin = '', similarSound = '', similarShape = '']) => [
      char!,
      {samePinyin, similarSound, similarShape},
    ]),
  )
  return similar.get(char)
}
