/**
 * Every shipped dictionary names its source, licence and date, is described in the
 * manifest, and has well-formed rows: the provenance promise of `dictionaries/README.md`.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {ruleIds} from '@shenjiao/core'
import {dictionaries, readDictionary} from '@shenjiao/dictionaries'
import {describe, expect, it} from 'vitest'


const dataDir = new URL('../dictionaries/data/', import.meta.url)
const entries = dictionaries

describe('dictionary manifest', () => {
  it('describes every data file exactly once', () => {
    const files = readdirSync(dataDir).filter((name) => !name.startsWith('.')).sort()
    expect(entries.map((entry) => entry.file).sort()).toEqual(files)
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
  })

  it.each(entries.map((entry) => [entry.id, entry] as const))('%s: names its source, licence, date, columns and rules', (_id, entry) => {
    expect(entry.description.trim()).not.toBe('')
    expect(entry.source.trim()).not.toBe('')
    expect(entry.licence.trim()).not.toBe('')
    expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(entry.columns.length).toBeGreaterThan(0)
    for (const rule of entry.rules) expect(ruleIds, `${entry.id} names rule ${rule}`).toContain(rule)
  })

  it.each(entries.map((entry) => [entry.id, entry] as const))('%s: starts with # provenance lines; rows are unique', (id, entry) => {
    const text = readFileSync(new URL(entry.file, dataDir), 'utf8')
    expect(text.startsWith('#'), `${entry.file} begins with # lines naming its source`).toBe(true)
    const rows = readDictionary(id)
    expect(rows.length).toBeGreaterThan(0)
    const keys = rows.map((row) => row.join('\t'))
    expect(new Set(keys).size, `${entry.file} has duplicate rows`).toBe(keys.length)
    for (const row of rows) expect(row.length, `${entry.file}: ${row.join('\\t')}`).toBeLessThanOrEqual(entry.columns.length)
  })
})
