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
