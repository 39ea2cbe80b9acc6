/**
 * Normalises data/canonical-formulations.tsv: fills the 词块 column (jieba words of each
 * formulation, without HMM, joined by spaces; the rule swaps adjacent 词块 to find reordered
 * near-misses), then sorts the rows and drops duplicates. The other columns are edited by
 * hand. Run from the repository root after editing the file:
 *
 *   node dictionaries/scripts/build-canonical-formulations.js
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const {Jieba} = require('@node-rs/jieba')
const {dict} = require('@node-rs/jieba/dict')
const jieba = Jieba.withDict(dict)

const file = new URL('../data/canonical-formulations.tsv', import.meta.url)
const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line !== '')
const header = lines.filter((line) => line.startsWith('#'))
const rows = new Map()
for (const line of lines.filter((line) => !line.startsWith('#'))) {
  const [phrase, , category, source] = line.split('\t')
  const chunks = jieba.cut(phrase, false).join(' ')
  rows.set(phrase, [phrase, chunks, category, source].join('\t'))
}
const sorted = [...rows.keys()].sort().map((phrase) => rows.get(phrase))
writeFileSync(file, [...header, ...sorted, ''].join('\n'))
