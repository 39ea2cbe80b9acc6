/**
 * Builds data/person-names.tsv: names of real people (Han, 2–4 characters) with their
 * frequency, from pycorrector's person-name list. A string one character away from a
 * protected name that is itself a person's name (张国庆 beside 张国清) is a namesake, not
 * a slip. Run from the repository root with the shared CSC data beside it:
 *
 *   node dictionaries/scripts/build-person-names.js ../shared/corpus/csc/wordlists/pycorrector_person_name.txt
 *
 * Source: pycorrector pycorrector/data/person_name.txt (Apache-2.0, commit fc8aa56c).
 */
import {readFileSync, writeFileSync} from 'node:fs'

const source = process.argv[2]
if (!source) {
  console.error('usage: node dictionaries/scripts/build-person-names.js <pycorrector person_name.txt>')
  process.exit(2)
}
const name = /^\p{Script=Han}{2,4}$/u
const rows = new Map()
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const [person, frequency] = line.split('\t')
  if (person && name.test(person) && !rows.has(person)) rows.set(person, frequency.trim())
}
const header = [
  '# 真实人名：判断与受保护姓名只差一个字的字符串是同名的另一个人（张国庆之于张国清），还是误写。',
  '# 来源：pycorrector pycorrector/data/person_name.txt（github.com/shibing624/pycorrector，提交 fc8aa56c336276fbd8cdd3a49eef505dc67b8a6e，Apache-2.0），只收 2–4 个汉字的姓名；',
  '#   由 dictionaries/scripts/build-person-names.js 生成。许可：Apache-2.0（派生数据，保留出处）  日期：2026-11-29',
  '# 列：姓名	频次',
]
const sorted = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([person, frequency]) => `${person}\t${frequency}`)
writeFileSync(new URL('../data/person-names.tsv', import.meta.url), [...header, ...sorted, ''].join('\n'))
