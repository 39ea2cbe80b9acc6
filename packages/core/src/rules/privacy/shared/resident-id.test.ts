import {describe, expect, it} from 'vitest'
import {hasValidRegion, isBirthDate, isResidentIdNumber} from './resident-id.js'

describe('region prefix', () => {
  it.each(['110105', '440305', '469005', '659001', '810000', '820000', '830000', '710000'])('accepts %s', (code) => {
    expect(hasValidRegion(code)).toBe(true)
  })

  it.each([
    ['990105', 'no province 99'],
    ['110005', 'prefecture 00'],
    ['117105', 'prefecture 71 not in use'],
    ['810100', 'Hong Kong has no subdivisions'],
    ['710100', 'nor has Taiwan'],
    ['000000', 'nothing'],
  ])('rejects %s (%s)', (code) => {
    expect(hasValidRegion(code)).toBe(false)
  })
})

describe('birth date', () => {
  it('accepts real dates from 1900 to the current year, leap days included', () => {
    expect(isBirthDate('19000101', 2026)).toBe(true)
    expect(isBirthDate('19800229', 2026)).toBe(true)
    expect(isBirthDate('20261231', 2026)).toBe(true)
  })

  it('rejects impossible and future dates', () => {
    expect(isBirthDate('19810229', 2026)).toBe(false)
    expect(isBirthDate('19851301', 2026)).toBe(false)
    expect(isBirthDate('19850100', 2026)).toBe(false)
    expect(isBirthDate('18991231', 2026)).toBe(false)
    expect(isBirthDate('20270101', 2026)).toBe(false)
  })
})

describe('identity number', () => {
  it.each([
    ['11010519491231002X', 'GB 11643 specimen'],
    ['440305200001011235', 'made up'],
    ['11010519000101001X', 'born 1900'],
    ['810000199001010019', 'Hong Kong resident permit'],
    ['110105491231002', 'legacy 15 digits, born 1949'],
  ])('accepts %s (%s)', (id) => {
    expect(isResidentIdNumber(id)).toBe(true)
  })

  it.each([
    ['110105194912310021', 'wrong check character'],
    ['620102198102294565', '1981 has no 29 February'],
    ['310104198513010010', 'month 13'],
    ['990105199001010014', 'no province 99'],
    ['110000199001010013', 'prefecture 00'],
    ['110105209901010012', 'born in 2099'],
    ['110105491331002', 'legacy number with month 13'],
    ['1101054912310021', 'sixteen digits'],
  ])('rejects %s (%s)', (id) => {
    expect(isResidentIdNumber(id)).toBe(false)
  })
})
