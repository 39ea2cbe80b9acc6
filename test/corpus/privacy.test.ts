/**
 * The privacy rules on published government text: at most one finding per 50 000
 * characters, each of them inspected and listed here. The corpus is not in the repository:
 * set SHENJIAO_CORPUS to its `gov-text` folder, or keep it at `../shared/corpus/gov-text`
 * beside the repository; otherwise this test skips.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {check, rules, type Config} from '@shenjiao/core'
import {expect, it} from 'vitest'

const repository = fileURLToPath(new URL('../../', import.meta.url))
const govText = resolve(process.env.SHENJIAO_CORPUS ?? resolve(repository, '../shared/corpus/gov-text'))

/** At most one finding per this many characters of published text. */
const charactersPerFinding = 50_000

/** Findings inspected by hand, as `file:line:column ruleId`: none so far. */
const inspected: string[] = []

const privacyOnly: Config = {
  rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.category === 'privacy' ? rule.severity : 'off'])),
}

function textFiles(directory: string): string[] {
  return readdirSync(directory, {withFileTypes: true})
    .flatMap((entry) => {
      const path = join(directory, entry.name)
      if (entry.isDirectory()) return textFiles(path)
      return entry.isFile() && entry.name.endsWith('.txt') ? [path] : []
    })
    .sort()
}

it.skipIf(!existsSync(govText))('privacy rules stay quiet on published government text', () => {
  let characters = 0
  const found: string[] = []
  for (const file of textFiles(govText)) {
    const text = readFileSync(file, 'utf8')
    characters += [...text].length
    for (const finding of check(text, {format: 'text', config: privacyOnly})) {
      found.push(`${relative(govText, file)}:${finding.line}:${finding.column} ${finding.ruleId}`)
    }
  }
  expect(characters).toBeGreaterThan(100_000)
  expect(found.length).toBeLessThanOrEqual(characters / charactersPerFinding)
  expect(found).toEqual(inspected)
})
