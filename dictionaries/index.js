import {readFileSync} from 'node:fs'

const manifest = JSON.parse(readFileSync(new URL('manifest.json', import.meta.url), 'utf8'))

/** Every dictionary this package ships, with its source and licence. */
export const dictionaries = manifest.dictionaries

function dictionaryText(id) {
  const entry = dictionaries.find((dictionary) => dictionary.id === id)
  if (!entry) throw new Error(`Unknown dictionary "${id}"; known: ${dictionaries.map((d) => d.id).join(', ')}`)
  return readFileSync(new URL(`data/${entry.file}`, import.meta.url), 'utf8')
}

/**
 * Rows of a dictionary, read from the installed package: `#` comment lines and blank lines
 * are dropped and each row is split on tabs.
 */
export function readDictionary(id) {
  return dictionaryText(id)
    .split(/\r?\n/)
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'))
}

/**
 * A binary dictionary (a model table), stored as `#` comment lines followed by one line of
 * base64: the comment lines without their `# ` and the decoded bytes.
 */
export function readBinaryDictionary(id) {
  return decodeBinaryDictionary(dictionaryText(id), `Dictionary "${id}"`)
}

/** The comment lines and bytes of a binary dictionary's text; `name` says whose in errors. */
export function decodeBinaryDictionary(text, name = 'Binary dictionary') {
  const lines = text.split(/\r?\n/)
  const comments = lines.filter((line) => line.startsWith('#')).map((line) => line.replace(/^# ?/, ''))
  const data = lines.filter((line) => line !== '' && !line.startsWith('#'))
  if (data.length !== 1) throw new Error(`${name} is not binary: expected one base64 line, found ${data.length}`)
  const buffer = Buffer.from(data[0], 'base64')
  return {comments, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)}
}
