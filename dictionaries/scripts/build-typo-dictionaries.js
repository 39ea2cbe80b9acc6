/**
 * Builds the dictionaries of the dictionary-based typo rules:
 *
 * - data/yixingci.tsv: 《第一批异形词整理表》 non-recommended form → recommended form, from
 *   shared/reference/yixingci.tsv, less the forms that later norms made standard again.
 * - data/confusion-words.tsv: curated wrong → right word pairs, merged from macro-correct's
 *   confusion_dict.json, pycorrector's custom_confusion.txt, ECSpell's 常见错字错词.txt and the
 *   hand-curated confusion-words-curated.tsv beside this script, then filtered so that no wrong
 *   form is a word of correct text.
 *
 * Run from the repository root with the shared corpus beside it:
 *
 *   node dictionaries/scripts/build-typo-dictionaries.js ../shared
 *
 * The curation, applied to every candidate pair (wrong → right):
 *  1. both sides are Han only, 2–8 characters, the same length, wrong ≠ right, and they differ
 *     in at most two characters (a substitution typo, not a rewrite);
 *  2. no differing character pair is a function-word confusion (的/地/得, 做/作, 象/像, 账/帐,
 *     需/须, 以/已, 在/再, 他/它/她, 那/哪): those need context and belong to the function-word rules;
 *  3. the right side is attested: a word of jieba's dictionary or of ECSpell's 公文写作 list, or
 *     present in the correct corpora below (this drops macro-correct's corrupt targets such as
 *     凤冠霞披 → 帔冠霞披);
 *  4. the wrong side is NOT a word of jieba's dictionary (except hand-curated rows marked
 *     jieba-listed, see the curated file), NOT in ECSpell's 公文写作 list, NOT a place name or a
 *     part of one (pycorrector place_name.txt), and occurs NOWHERE in the correct text: the
 *     published gov-text corpus, the correct (third) column of the ECSpell train files, and
 *     ECSpell's 政策法规标题 and 法律 lists;
 *  5. the wrong side contains no 异形词 variant (the variant-form rule reports those) and no
 *     traditional character (the traditional-char rule reports those);
 *  6. mined pairs whose wrong side a reviewer found to be a valid word after all (notErrors);
 *  7. a mined pair whose differing characters are not sound- or shape-similar (similar-chars)
 *     is dropped: it is a rewrite, not a typo. Hand-curated pairs are exempt (五笔 slips such
 *     as 扫黑险恶 are neither).
 * Level: hand-curated rows carry their own; a mined pair is `error` when two independent
 * sources list it, else `warning`.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {readDictionary} from '../index.js'

const shared = process.argv[2]
if (!shared) {
  console.error('usage: node dictionaries/scripts/build-typo-dictionaries.js <shared folder>')
  process.exit(2)
}
const require = createRequire(join(process.cwd(), 'packages/core/package.json'))
const read = (...path) => readFileSync(join(...path), 'utf8')
const lines = (text) => text.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('#'))
const hanOnly = /^\p{Script=Han}+$/u
const data = new URL('../data/', import.meta.url)
const csc = join(shared, 'corpus/csc')

// ---- 异形词 -------------------------------------------------------------------------------
/**
 * Variants that 《通用规范汉字表》 (2013) made standard characters again, so the words are no
 * longer non-standard in general use: 噘 (噘嘴), 蹚 (蹚水), 淼 (浩淼). 标识 is used with its own
 * meaning in mandated terms (政府网站标识码) and by 现代汉语词典 6th/7th eds. 原由 (→ 缘由) is
 * far more often 原 + 由 (原由省政府负责的事项), and jieba segments both as the one word.
 */
const noLongerVariant = /[噘蹚淼]|^标识$|^原由$/u
const variantRows = lines(read(shared, 'reference/yixingci.tsv'))
  .slice(1)
  .map((line) => line.split('\t'))
  .filter(([, variant]) => !noLongerVariant.test(variant))
const variants = new Map()
for (const [recommended, variant, section] of variantRows) {
  if (variants.has(variant)) throw new Error(`variant ${variant} listed twice`)
  variants.set(variant, [recommended, section])
}
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
writeFileSync(
  new URL('yixingci.tsv', data),
  [
    '# yixingci: 异形词 — non-recommended word forms and the recommended form to use instead',
    '# source: 《第一批异形词整理表》GF 1001—2001（教育部、国家语言文字工作委员会 2001-12-19 发布，2002-03-31 试行），338 组正表 + 44 组附录',
    '#   (附录: 含有非规范字的异形词); transcription: github.com/kicker114/ai-proofread reliable-proofreading-data/yixingci_data.json',
    '#   (commit 58b37e2135886f2f13d47716ba9ebd810fc0e10a), cross-checked as described in shared/reference/yixingci.tsv',
    '# left out: 标识 (现代汉语词典 6th/7th eds. and mandated terms such as 政府网站标识码 use it); 原由 (mostly 原 + 由: 原由省政府负责);',
    '#   and the variants with 噘 蹚 淼,',
    '#   which 《通用规范汉字表》(2013) made standard characters; built by dictionaries/scripts/build-typo-dictionaries.js',
    '# licence: MIT (facts of a public national norm)',
    '# date: 2026-11-29',
    '# columns: 非推荐词形	推荐词形	表（main 正表 | appendix 附录）',
    ...[...variants].sort(([a], [b]) => byCodePoint(a, b)).map(([variant, [recommended, section]]) => `${variant}\t${recommended}\t${section}`),
  ].join('\n') + '\n',
)

// ---- word lists and correct text ----------------------------------------------------------
const jiebaWords = new Set(lines(read(require.resolve('@node-rs/jieba/dict.txt'))).map((line) => line.split(' ')[0]))
const govWords = new Set(lines(read(csc, 'wordlists/ecspell_公文写作.txt')).map((line) => line.split('\t')[0].trim()))
const placeNames = lines(read(csc, 'wordlists/pycorrector_place_name.txt')).map((line) => line.split('\t')[0].trim())

const correctTexts = []
for (const folder of ['national-gwr', 'state-council-2018']) {
  const directory = join(shared, 'corpus/gov-text', folder)
  for (const file of readdirSync(directory).sort()) correctTexts.push(read(directory, file))
}
for (const file of readdirSync(join(csc, 'ecspell')).filter((name) => name.endsWith('.tsv'))) {
  for (const line of lines(read(csc, 'ecspell', file))) correctTexts.push(line.split('\t')[2] ?? '')
}
correctTexts.push(read(csc, 'wordlists/ecspell_政策法规标题.txt'), read(csc, 'wordlists/ecspell_法律.txt'))
const correct = correctTexts.join('\n')
const places = placeNames.join('\n')
/** Bigrams of the correct text: a word with a bigram outside it cannot occur in it. */
const correctBigrams = new Set()
for (let i = 0; i + 1 < correct.length; i++) correctBigrams.add(correct.slice(i, i + 2))
function occursInCorrectText(word) {
  for (let i = 0; i + 1 < word.length; i++) if (!correctBigrams.has(word.slice(i, i + 2))) return false
  return correct.includes(word)
}

const traditional = new Set(readDictionary('traditional-chars').map(([char]) => char))
const similar = new Map(readDictionary('similar-chars').map(([char, ...columns]) => [char, columns.join('')]))
const isSimilar = (a, b) => (similar.get(a) ?? '').includes(b) || (similar.get(b) ?? '').includes(a)
/**
 * Mined wrong forms that are valid words after all (forms 现代汉语词典 gives as 也作 variants, or
 * other words in their own right) or whose "right" side is not a correction; found by reading
 * every two-character mined pair, which are the ones most likely to occur in correct text.
 */
const notErrors = new Set(['判辞', '贺辞', '夙儒', '夙来', '梯己', '楞怔', '杀尾', '皮簧', '沙壶', '棉子', '委宛', '花梢', '花稍', '仓黄', '哑叭', '象片', '警省', '牵就', '屈伏', '妆束', '混身', '叫真', '难德', '红虹', '泰泰', '爬上'])
const functionWordPairs = ['的地', '的得', '地得', '做作', '象像', '账帐', '需须', '以已', '在再', '他它', '他她', '它她', '那哪']
const isFunctionWordPair = (a, b) => functionWordPairs.some((pair) => pair.includes(a) && pair.includes(b))

// ---- candidates -----------------------------------------------------------------------------
/** wrong → {right, sources, level?, review?} */
const candidates = new Map()
function add(wrong, right, source, extra = {}) {
  wrong = wrong.trim()
  right = right.trim()
  const entry = candidates.get(wrong)
  if (!entry) return void candidates.set(wrong, {right, sources: new Set([source]), ...extra})
  if (entry.right !== right) {
    if (source === 'shenjiao') Object.assign(entry, {right, sources: new Set([source]), ...extra})
    return
  }
  entry.sources.add(source)
  Object.assign(entry, extra)
}
for (const [wrong, right] of Object.entries(JSON.parse(read(csc, 'confusion/macrocorrect_confusion_dict.json')))) add(wrong, right, 'macro-correct')
for (const line of lines(read(csc, 'confusion/pycorrector_custom_confusion.txt'))) {
  const [wrong = '', right = ''] = line.split('\t')
  add(wrong, right, 'pycorrector')
}
for (const line of lines(read(csc, 'wordlists/ecspell_常见错字错词.txt'))) {
  const [right = '', wrong = ''] = line.split('-')
  add(wrong, right, 'ecspell')
}
for (const line of lines(read(new URL('confusion-words-curated.tsv', import.meta.url).pathname))) {
  const [wrong = '', right = '', level = '', review = ''] = line.split('\t')
  add(wrong, right, 'shenjiao', {level, review})
}

const dropped = new Map()
const drop = (reason, wrong, right) => {
  if (!dropped.has(reason)) dropped.set(reason, [])
  dropped.get(reason).push(`${wrong}→${right}`)
}
const variantForms = [...variants.keys()]
const kept = []
for (const [wrong, entry] of candidates) {
  const {right, sources} = entry
  const curated = sources.has('shenjiao')
  const diff = [...wrong].map((char, i) => [char, [...right][i]]).filter(([a, b]) => a !== b)
  if (!hanOnly.test(wrong) || !hanOnly.test(right) || wrong.length < 2 || wrong.length > 8 || wrong.length !== right.length) drop('shape', wrong, right)
  else if (diff.length === 0 || diff.length > 2) drop('not a substitution of one or two characters', wrong, right)
  else if (diff.some(([a, b]) => isFunctionWordPair(a, b))) drop('function-word confusion', wrong, right)
  else if (!curated && !jiebaWords.has(right) && !govWords.has(right) && !occursInCorrectText(right)) drop('right side unattested', wrong, right)
  else if (notErrors.has(wrong)) drop('wrong side is a valid word (reviewed)', wrong, right)
  else if (jiebaWords.has(wrong) && entry.review !== 'jieba-listed') drop('wrong side is a jieba word', wrong, right)
  else if (govWords.has(wrong)) drop('wrong side is in 公文写作', wrong, right)
  else if (places.includes(wrong)) drop('wrong side is (part of) a place name', wrong, right)
  else if (occursInCorrectText(wrong)) drop('wrong side occurs in correct text', wrong, right)
  else if (variantForms.some((variant) => wrong.includes(variant))) drop('contains an 异形词 variant', wrong, right)
  else if ([...wrong].some((char) => traditional.has(char))) drop('contains a traditional character', wrong, right)
  else if (!curated && !diff.every(([a, b]) => isSimilar(a, b))) drop('differing characters not similar', wrong, right)
  else kept.push([wrong, right, entry.level || (sources.size > 1 ? 'error' : 'warning'), [...sources].sort().join('+')])
}
kept.sort(([a], [b]) => byCodePoint(a, b))

writeFileSync(
  new URL('confusion-words.tsv', data),
  [
    '# confusion-words: curated wrong → right word pairs (错别字词) whose wrong form is not a word of correct text',
    '# sources: macro-correct macro_correct/output/confusion_dict.json (github.com/yongzhuo/macro-correct, commit abdf4068ce2bf1d8d3550cfc3fdc83f96b25fa89, Apache-2.0);',
    '#   pycorrector tests/custom_confusion.txt (github.com/shibing624/pycorrector, commit fc8aa56c336276fbd8cdd3a49eef505dc67b8a6e, Apache-2.0);',
    '#   ECSpell csc_evaluation/data/wordlist/常见错字错词.txt (github.com/aopolin-lv/ECSpell, commit 025bf43f1ea5d84a3f0163d1eb79c79e00ff0a74, MIT);',
    '#   shenjiao hand-curated pairs (dictionaries/scripts/confusion-words-curated.tsv)',
    '# curation (dictionaries/scripts/build-typo-dictionaries.js, see its header): substitutions of 1–2 characters (sound- or shape-similar for mined pairs); no',
    '#   function-word pairs (的/地/得 …); the right side is attested; the wrong side is not a jieba word (curated idiom misspellings',
    '#   that jieba lists are reviewed exceptions), not in ECSpell 公文写作, not part of a place name (pycorrector place_name.txt), and',
    '#   occurs nowhere in the correct text of the gov-text corpus, the ECSpell train targets, 政策法规标题 or 法律 word lists;',
    '#   mined pairs whose wrong side is a 也作 variant in 现代汉语词典 (梯己, 委宛 …) are dropped by a reviewed list in the script',
    '# level: error = certain (hand-curated, or listed by two sources); warning = one mined source',
    '# licence: Apache-2.0 (derived data; keep the attribution)',
    '# date: 2026-11-29',
    '# columns: 误写	正确	级别	来源',
    ...kept.map((row) => row.join('\t')),
  ].join('\n') + '\n',
)

console.log(`yixingci: ${variants.size} variants`)
console.log(`confusion-words: ${candidates.size} candidates, ${kept.length} kept`)
for (const [reason, pairs] of dropped) console.log(`  dropped, ${reason}: ${pairs.length}${process.env.VERBOSE ? `\n    ${pairs.join(' ')}` : ''}`)
const curatedDropped = [...dropped].flatMap(([reason, pairs]) => pairs.filter((pair) => candidates.get(pair.split('→')[0])?.sources.has('shenjiao')).map((pair) => `${pair} (${reason})`))
if (curatedDropped.length) console.log(`  hand-curated pairs dropped: ${curatedDropped.join(', ')}`)
