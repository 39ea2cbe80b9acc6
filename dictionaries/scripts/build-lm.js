/**
 * Builds data/char-ngram-lm.txt, the character n-gram model of `typo/suspicious-character`.
 * Run from the repository root after `npx tsc -b` (the file layout comes from the built
 * core), with the shared corpora beside the repository:
 *
 *   node dictionaries/scripts/build-lm.js ../shared/corpus
 *
 * Counts n-grams of 1–4 Han characters, inside runs of Han characters, from
 * - running text: every `.txt` of `gov-text/` (State Council reports and documents) and
 *   the correct sentences (third column) of the tuning part of `csc/ecspell/*.train.dedup.tsv`
 *   (see ecspell-split.js: the held-out part is never read);
 * - the lexicon: every word of the jieba dictionary shipped with @node-rs/jieba
 *   (`node_modules/@node-rs/jieba/dict.txt`), each n-gram inside a word counted with the
 *   word's frequency; a word's own frequency is also kept under its own key (one
 *   character: `standaloneKey`, 2–4 characters: `wordKey`).
 * The output is `#` header lines and one base64 line holding the table (see
 * packages/core/src/lm/format.ts). The build is deterministic.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {foldOf, isHeldOut, parseEcspell} from './ecspell-split.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const {findSlot, fingerprintOf, modelFormat, modelVersion, quantize, standaloneKey, tableOf, wordKey} = await import(
  pathToFileURL(join(repoRoot, 'packages/core/dist/lm/format.js')).href
)

const [corpusRoot, ...options] = process.argv.slice(2)
/**
 * `--without-fold k output`: a cross-fitting model that has not seen fold k of the tuning
 * part (ecspell-split.js `foldOf`), written to `output`; train-typo-ranker.js scores each
 * tuning sentence with the model that has not seen it.
 */
const foldOption = options[0] === '--without-fold' ? {fold: Number(options[1]), output: options[2]} : undefined
if (!corpusRoot || (options.length > 0 && !(foldOption && Number.isInteger(foldOption.fold) && foldOption.output))) {
  console.error('usage: node dictionaries/scripts/build-lm.js <shared corpus folder> [--without-fold <0-4> <model output>] (after npx tsc -b)')
  process.exit(2)
}

const order = 4
const slots = 2 ** 21
const base = 1.1
const hanRun = /\p{Script=Han}+/gu

/** n-gram → [corpus count, lexicon count] */
const counts = new Map()
let corpusTotal = 0
let lexiconTotal = 0

function countRuns(text, column, weight) {
  let total = 0
  for (const [run] of text.matchAll(hanRun)) {
    total += run.length * weight
    for (let n = 1; n <= order; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        const gram = run.slice(i, i + n)
        let entry = counts.get(gram)
        if (!entry) counts.set(gram, (entry = [0, 0]))
        entry[column] += weight
      }
    }
  }
  return total
}

const govText = join(corpusRoot, 'gov-text')
const govFiles = readdirSync(govText, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.txt')).sort()
for (const file of govFiles) corpusTotal += countRuns(readFileSync(join(govText, file), 'utf8'), 0, 1)

const ecspell = join(corpusRoot, 'csc/ecspell')
let tuningSentences = 0
for (const file of readdirSync(ecspell).filter((name) => name.endsWith('.train.dedup.tsv')).sort()) {
  for (const {target} of parseEcspell(readFileSync(join(ecspell, file), 'utf8'))) {
    if (isHeldOut(target) || foldOf(target) === foldOption?.fold) continue
    corpusTotal += countRuns(target, 0, 1)
    tuningSentences++
  }
}

const jiebaDict = join(repoRoot, 'node_modules/@node-rs/jieba/dict.txt')
let lexiconWords = 0
for (const line of readFileSync(jiebaDict, 'utf8').split('\n')) {
  const [word, frequency] = line.split(' ')
  if (!word || !(Number(frequency) > 0)) continue
  lexiconTotal += countRuns(word, 1, Number(frequency))
  if (/^\p{Script=Han}$/u.test(word)) counts.set(standaloneKey(word), [0, Number(frequency)])
  else if (/^\p{Script=Han}{2,4}$/u.test(word)) counts.set(wordKey(word), [0, Number(frequency)])
  lexiconWords++
}

const payload = new Uint8Array(slots * 4)
const table = tableOf(payload, slots)
// An n-gram whose probe meets another's slot with the same fingerprint (a few dozen of a
// million) shares that slot; it keeps the larger counts, as lookups cannot tell them apart.
let shared = 0
for (const [gram, [corpus, lexicon]] of counts) {
  const found = findSlot(table, gram, 0, gram.length)
  const slot = found >= 0 ? found : -1 - found
  if (found >= 0) shared++
  table.fingerprints[slot] = fingerprintOf(gram, 0, gram.length)
  table.corpus[slot] = Math.max(table.corpus[slot], quantize(corpus, base))
  table.lexicon[slot] = Math.max(table.lexicon[slot], quantize(lexicon, base))
}

const header = {format: modelFormat, version: modelVersion, order, slots, base, corpusTotal, lexiconTotal}
const text = [
  '# char-ngram-lm: counts of 1–4-character Han n-grams for the statistical typo detector (typo/suspicious-character)',
  `# source: gov-text (${govFiles.length} files of State Council reports and documents, ../shared/corpus/gov-text/README.md);`,
  `#         ECSpell Data/domains_data/{law,med,odw}.train correct sentences, tuning part only (${tuningSentences} sentences; github.com/aopolin-lv/ECSpell, commit 025bf43f1ea5d84a3f0163d1eb79c79e00ff0a74, MIT);`,
  `#         jieba dictionary dict.txt as shipped in @node-rs/jieba 2.0.3 (${lexiconWords} words with frequencies; github.com/fxsjy/jieba, MIT)`,
  '# built by dictionaries/scripts/build-lm.js; layout in packages/core/src/lm/format.ts',
  '# date: 2026-11-29',
  `# ${counts.size} n-grams in ${slots} slots`,
  `# model ${JSON.stringify(header)}`,
  Buffer.from(payload).toString('base64'),
  '',
].join('\n')
writeFileSync(foldOption?.output ?? join(repoRoot, 'dictionaries/data/char-ngram-lm.txt'), text)
console.log(`${counts.size} n-grams (${shared} sharing a slot), load ${(counts.size / slots).toFixed(2)}, ${(text.length / 1e6).toFixed(1)} MB`)
