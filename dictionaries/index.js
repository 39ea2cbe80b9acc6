import {readFileSync} from 'node:fs'

const manifest = JSON.parse(readFileSync(new URL('manifest.json', import.meta.url), 'utf8'))

/** Every dictionary this package ships, with its source and licence. */
export const dictionaries = manifest.dictionaries

/**
 * Rows of a dictionary, read from the installed package: `#` comment lines and blank lines
 * are dropped and each row is split on tabs.
 */
export function readDictionary(id) {
  const entry = dictionaries.find((dictionary) => dictionary.id === id)
  if (!entry) throw new Error(`Unknown dictionary "${id}"; known: ${dictionaries.map((d) => d.id).join(', ')}`)
  const text = readFileSync(new URL(`data/${entry.file}`, import.meta.url), 'utf8')
  return text
    .split(/\r?\n/)
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'))
}
