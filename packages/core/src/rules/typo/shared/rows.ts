import {readDictionary} from '@shenjiao/dictionaries'

const cache = new Map<string, readonly string[][]>()

/**
 * The rows of a shipped dictionary, read once per process, in file order: row `i` is the
 * word `dictionaryMatcher(id)` reports as `index: i`.
 */
export function dictionaryRows(id: string): readonly string[][] {
  let rows = cache.get(id)
  if (!rows) {
    rows = readDictionary(id)
    cache.set(id, rows)
  }
  return rows
}
