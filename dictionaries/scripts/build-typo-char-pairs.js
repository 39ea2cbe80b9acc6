/**
 * Builds data/typo-char-pairs.tsv: how often each character has been seen typed for another
 * (wrong → right), the error model behind the ranker of `typo/suspicious-character`. Run
 * from the repository root with the shared corpus beside it:
 *
 *   node dictionaries/scripts/build-typo-char-pairs.js ../shared
 *
 * Two counts per pair, kept apart because they differ in kind:
 * - `ecspell`: substitutions in the tuning part of csc/ecspell/*.train.dedup.tsv (wrong
 *   sentence against correct sentence; ecspell-split.js — the held-out part is never read);
 * - `listed`: one-character differences between the sides of the word-pair lists: the
 *   project's curated confusion-words.tsv, macro-correct's confusion_dict.json and
 *   pycorrector's custom_confusion.txt (the last is noisy; as a prior over characters, a
 *   few reversed pairs cost little).
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {errorPairs, isHeldOut, parseEcspell} from './ecspell-split.js'

const shared = process.argv[2]
if (!shared) {
  console.error('usage: node dictionaries/scripts/build-typo-char-pairs.js <shared folder>')
  process.exit(2)
}
const csc = join(shared, 'corpus/csc')
const rows = (text) => text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split('\t'))
const han = /^\p{Script=Han}$/u

/** pair → [ecspell, listed] */
const counts = new Map()
function add(pair, column) {
  if (!han.test(pair[0]) || !han.test(pair[1])) return
  let entry = counts.get(pair)
  if (!entry) counts.set(pair, (entry = [0, 0]))
  entry[column]++
}

let sentences = 0
for (const file of readdirSync(join(csc, 'ecspell')).filter((name) => name.endsWith('.train.dedup.tsv')).sort()) {
  for (const row of parseEcspell(readFileSync(join(csc, 'ecspell', file), 'utf8'))) {
    if (isHeldOut(row.target)) continue
    sentences++
    for (const pair of errorPairs(row)) add(pair, 0)
  }
}

/** The one substituted character pair of a word pair, if it differs in exactly one character. */
function wordPair(wrong, right) {
  const pairs = errorPairs({source: wrong.trim(), target: right.trim()})
  return pairs.length === 1 ? pairs[0] : undefined
}
const listed = [
  ...rows(readFileSync(new URL('../data/confusion-words.tsv', import.meta.url), 'utf8')).map(([wrong, right]) => [wrong, right]),
  ...Object.entries(JSON.parse(readFileSync(join(csc, 'confusion/macrocorrect_confusion_dict.json'), 'utf8'))),
  ...rows(readFileSync(join(csc, 'confusion/pycorrector_custom_confusion.txt'), 'utf8')).map(([wrong, right]) => [wrong, right]),
]
for (const [wrong, right] of listed) {
  const pair = wrong && right ? wordPair(wrong, right) : undefined
  if (pair) add(pair, 1)
}

const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
writeFileSync(
  new URL('../data/typo-char-pairs.tsv', import.meta.url),
  [
    '# typo-char-pairs: how often one character has been typed for another — the error model of typo/suspicious-character',
    `# ecspell: substitutions in the tuning part of ECSpell Data/domains_data/{law,med,odw}.train (${sentences} sentences; github.com/aopolin-lv/ECSpell, commit 025bf43f1ea5d84a3f0163d1eb79c79e00ff0a74, MIT)`,
    '# listed: one-character differences in word pairs of confusion-words.tsv (this project), macro-correct confusion_dict.json',
    '#   (github.com/yongzhuo/macro-correct, commit abdf4068ce2bf1d8d3550cfc3fdc83f96b25fa89, Apache-2.0) and pycorrector tests/custom_confusion.txt',
    '#   (github.com/shibing624/pycorrector, commit fc8aa56c336276fbd8cdd3a49eef505dc67b8a6e, Apache-2.0)',
    '# built by dictionaries/scripts/build-typo-char-pairs.js; date: 2026-11-29',
    '# wrong\tright\tecspell\tlisted',
    ...sorted.map(([pair, [ecspell, listedCount]]) => [pair[0], pair[1], ecspell, listedCount].join('\t')),
    '',
  ].join('\n'),
)
console.log(`${sorted.length} character pairs from ${sentences} ECSpell sentences and ${listed.length} listed word pairs`)
