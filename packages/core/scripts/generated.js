// What `npm run generate` writes from the built rules, as pure functions: the
// .shenjiaorc.json schema and the rule table of the README. Tests compare the committed
// files with these, so a new rule that was not generated fails CI with a clear message.
import {readFileSync} from 'node:fs'
import {configSchema, rules, siteRules} from '@shenjiao/core'

export const schemaFile = new URL('../shenjiaorc.schema.json', import.meta.url)
export const readmeFile = new URL('../../../README.md', import.meta.url)
const rulesDir = new URL('../src/rules/', import.meta.url)

export const tableStart = '<!-- rules:start (npm run generate) -->'
export const tableEnd = '<!-- rules:end -->'

export function schemaText() {
  return `${JSON.stringify(configSchema(), null, 2)}\n`
}

/** The first sentence of a rule's documentation: what it checks, in the docs' own words. */
function summaryOf(id) {
  const lines = readFileSync(new URL(`${id}.md`, rulesDir), 'utf8').split('\n')
  const paragraph = lines.slice(1).find((line) => line.trim() !== '' && !line.startsWith('#')) ?? ''
  return firstSentence(paragraph).replace(/\|/g, '\\|').trim()
}

/** Up to the first 。 outside brackets, quotes and code. */
function firstSentence(paragraph) {
  const closing = {'（': '）', '“': '”', '《': '》', '‘': '’', '`': '`', '(': ')'}
  const open = []
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph[i]
    if (char === open.at(-1)) open.pop()
    else if (closing[char]) open.push(closing[char])
    else if (char === '。' && open.length === 0) return paragraph.slice(0, i + 1)
  }
  return paragraph
}

function fixOf(rule) {
  if (rule.category === 'privacy') return 'mask'
  return rule.fixable ?? '—'
}

/** The README's rule table: every rule, its default level, whether recommended, its fix and what it checks. */
export function rulesTable() {
  const rows = [...rules, ...siteRules].map(
    (rule) => `| [\`${rule.id}\`](packages/core/src/rules/${rule.id}.md) | ${rule.severity} | ${rule.recommended ? '✓' : ''} | ${fixOf(rule)} | ${summaryOf(rule.id)} |`,
  )
  return [tableStart, '| rule | level | recommended | fix | what |', '| --- | --- | --- | --- | --- |', ...rows, tableEnd].join('\n')
}

/** The README with its rule table replaced by `rulesTable()`. */
export function readmeText() {
  const readme = readFileSync(readmeFile, 'utf8')
  const start = readme.indexOf(tableStart)
  const end = readme.indexOf(tableEnd)
  if (start === -1 || end === -1) throw new Error(`README.md lacks the ${tableStart} … ${tableEnd} markers`)
  return readme.slice(0, start) + rulesTable() + readme.slice(end + tableEnd.length)
}
