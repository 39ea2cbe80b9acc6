import {describe, expect, it} from 'vitest'
import {findCues, labelOf, nearestCue} from './cues.js'
import {toHalfwidth} from './text.js'

const kinds = (text: string): string[] => findCues(text).map((cue) => `${text.slice(cue.start, cue.end)}:${cue.kind}`)

describe('findCues', () => {
  it('prefers the longer of two overlapping words', () => {
    expect(kinds('举报人电话')).toEqual(['举报人:private', '电话:phone'])
    expect(kinds('举报电话')).toEqual(['举报电话:official'])
    expect(kinds('本人民政府')).toEqual(['人民政府:organisation'])
    expect(kinds('许可证号')).toEqual(['许可证号:not-personal'])
  })
})

describe('labelOf', () => {
  it('finds the field word joined to a number by connectors only', () => {
    const text = toHalfwidth('护照号码（Passport No.）：E12345678')
    expect(labelOf(findCues(text), text, text.indexOf('E'), ['passport'])?.kind).toBe('passport')
  })

  it('ignores a field word with other words between', () => {
    const text = '护照有效期至20300501'
    expect(labelOf(findCues(text), text, text.indexOf('2'), ['passport'])).toBeUndefined()
  })
})

describe('nearestCue', () => {
  it('stays within the sentence', () => {
    const text = '申请人已到场。电话：88776655'
    expect(nearestCue(findCues(text), text, text.indexOf('8'), ['private'])).toBeUndefined()
  })
})
