import {describe, expect, it} from 'vitest'
import type {Finding} from '../types.js'
import {check} from './check.js'
import {compareFindings, withoutRepeats} from './finding.js'

function finding(ruleId: string, offset: number, actual: string, expected: string[]): Finding {
  return {ruleId, category: 'typo', severity: 'error', message: '', offset, length: actual.length, line: 1, column: offset + 1, endLine: 1, endColumn: offset + actual.length + 1, actual, expected, url: ''}
}

describe('withoutRepeats', () => {
  it('drops a narrower finding of another rule whose fix gives the wider fix', () => {
    const wide = finding('wording/a', 0, '中华人民共合国', ['中华人民共和国'])
    const narrow = finding('typo/b', 4, '共合国', ['共和国'])
    expect(withoutRepeats([wide, narrow].sort(compareFindings))).toEqual([wide])
  })

  it('keeps it when the fixes differ, when the same rule reports both, or when the wider one has no fix', () => {
    const wide = finding('wording/a', 0, '扫黑险恶', ['扫黑除恶'])
    expect(withoutRepeats([wide, finding('typo/b', 2, '险', ['凶'])])).toHaveLength(2)
    expect(withoutRepeats([wide, finding('wording/a', 2, '险', ['除'])])).toHaveLength(2)
    expect(withoutRepeats([finding('wording/a', 0, '扫黑险恶', []), finding('typo/b', 2, '险', ['除'])])).toHaveLength(2)
  })

  it('lets check() report a typo once, by the rule that names the whole word', () => {
    const ids = (text: string): string[] => check(text, {format: 'text'}).map((f) => `${f.ruleId}:${f.actual}`)
    expect(ids('中华人民共合国成立七十周年。')).toEqual(['wording/canonical-formulation:中华人民共合国'])
    expect(ids('坚决打好扫黑险恶专项斗争。')).toEqual(['typo/confused-word:扫黑险恶'])
  })
})
