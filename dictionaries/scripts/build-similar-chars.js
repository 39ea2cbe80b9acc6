/**
 * Builds data/similar-chars.tsv: for each character, the characters a writer or an input
 * method confuses it with: same pinyin, similar sound, similar shape. Run from the
 * repository root with the shared CSC data beside it:
 *
 *   node dictionaries/scripts/build-similar-chars.js ../shared/corpus/csc/confusion
 *
 * Sources: ECSpell Data/confusion/{sound,shape}Confusion.json (MIT, commit 025bf43f) and
 * pycorrector pycorrector/data/{same_pinyin,same_stroke}.txt (Apache-2.0, commit fc8aa56c),
 * whose same-pinyin lists miss many homophones (心 for 新, 产 for 厂); so the common
 * characters (pycorrector common_char_set.txt) are also indexed by their usual reading from
 * pinyin-pro (MIT, a devDependency): same syllable → same pinyin, one 模糊音 step (z/zh,
 * c/ch, s/sh, n/l, f/h, r/l; an/ang, en/eng, in/ing, ian/iang, uan/uang) → similar sound,
 * the confusions of a pinyin input method.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pinyin} from 'pinyin-pro'

const source = process.argv[2]
if (!source) {
  console.error('usage: node dictionaries/scripts/build-similar-chars.js <csc confusion folder>')
  process.exit(2)
}
const read = (name) => readFileSync(join(source, name), 'utf8')
const han = /^\p{Script=Han}$/u

const ecspellSound = JSON.parse(read('ecspell_soundConfusion.json'))
const ecspellShape = JSON.parse(read('ecspell_shapeConfusion.json'))
/** ECSpell's character vocabulary: the characters both of its confusion sets describe. */
const vocabulary = new Set(Object.keys(ecspellSound).filter((char) => han.test(char) && char in ecspellShape))

const samePinyin = new Map()
const similarSound = new Map()
const similarShape = new Map()
const add = (map, char, others) => {
  if (!vocabulary.has(char)) return
  let set = map.get(char)
  if (!set) map.set(char, (set = new Set()))
  for (const other of others) if (other !== char && vocabulary.has(other)) set.add(other)
}

for (const line of read('pycorrector_same_pinyin.txt').split('\n')) {
  if (line.startsWith('#') || !line.trim()) continue
  const [char, sameTone = '', otherTone = ''] = line.split('\t')
  add(samePinyin, char, [...sameTone.trim(), ...otherTone.trim()])
}
for (const [char, others] of Object.entries(ecspellSound)) add(similarSound, char, others)
for (const [char, others] of Object.entries(ecspellShape)) add(similarShape, char, others)
for (const line of read('pycorrector_same_stroke.txt').split('\n')) {
  const group = [...line.replace(/\s/g, '')].filter((char) => han.test(char))
  for (const char of group) add(similarShape, char, group)
}

/** The usual reading of a character, without tone: 'xin' for 新. */
const reading = (char) => pinyin(char, {toneType: 'none', type: 'array'})[0]
const syllable = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)([a-zü]+)$/
const fuzzyInitials = [['z', 'zh'], ['c', 'ch'], ['s', 'sh'], ['n', 'l'], ['f', 'h'], ['r', 'l']]
const fuzzyFinals = [['an', 'ang'], ['en', 'eng'], ['in', 'ing'], ['ian', 'iang'], ['uan', 'uang']]
/** Syllables one 模糊音 step from `text`. */
function fuzzy(text) {
  const [, initial = '', final = ''] = syllable.exec(text) ?? []
  const swap = (pairs, part) => pairs.flatMap(([a, b]) => (part === a ? [b] : part === b ? [a] : []))
  return [...swap(fuzzyInitials, initial).map((other) => other + final), ...swap(fuzzyFinals, final).map((other) => initial + other)]
}
const common = [...read('pycorrector_common_char_set.txt')].filter((char) => han.test(char) && vocabulary.has(char))
const bySyllable = new Map()
for (const char of common) {
  const key = reading(char)
  if (!bySyllable.has(key)) bySyllable.set(key, [])
  bySyllable.get(key).push(char)
}
for (const char of vocabulary) {
  const own = reading(char)
  add(samePinyin, char, bySyllable.get(own) ?? [])
  for (const near of fuzzy(own)) add(similarSound, char, bySyllable.get(near) ?? [])
}

const sorted = (set) => [...(set ?? [])].sort().join('')
const rows = [...vocabulary].sort().map((char) => {
  const same = samePinyin.get(char)
  const sound = new Set([...(similarSound.get(char) ?? [])].filter((other) => !same?.has(other)))
  return [char, sorted(same), sorted(sound), sorted(similarShape.get(char))].join('\t')
})

const header = [
  '# similar-chars: characters confused with each other in writing and typing',
  '# source: ECSpell Data/confusion/soundConfusion.json and shapeConfusion.json (github.com/aopolin-lv/ECSpell, commit 025bf43f1ea5d84a3f0163d1eb79c79e00ff0a74, MIT);',
  '#         pycorrector pycorrector/data/same_pinyin.txt, same_stroke.txt and common_char_set.txt (github.com/shibing624/pycorrector, commit fc8aa56c336276fbd8cdd3a49eef505dc67b8a6e, Apache-2.0);',
  '#         readings of the common characters from pinyin-pro 3.29.4 (github.com/zh-lx/pinyin-pro, MIT): same syllable, and one 模糊音 step',
  '# built by dictionaries/scripts/build-similar-chars.js; characters limited to ECSpell\'s vocabulary',
  '# date: 2026-11-29',
  '# columns: 字\t同音字\t近音字\t形近字',
]
writeFileSync(new URL('../data/similar-chars.tsv', import.meta.url), `${[...header, ...rows].join('\n')}\n`)
console.log(`similar-chars.tsv: ${rows.length} characters`)
