import {describe, expect, it} from 'vitest'
import {hasValidIdCheckChar, idCheckChar, passesLuhn} from './checksum.js'

// Vectors computed by hand (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 → 1 0 X 9 8 7 6 5 4 3 2);
// 11010519491231002X is the specimen printed in GB 11643-1999, the rest are made up.
describe('GB 11643-1999 check character', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44030520000101123', '5'],
    ['33010619700101123', '0'],
    ['81000019900101001', '9'],
    ['62010219800229456', '8'],
  ])('%s → %s', (first17, check) => {
    expect(idCheckChar(first17)).toBe(check)
  })

  it('accepts a number ending in its check character', () => {
    expect(hasValidIdCheckChar('11010519491231002X')).toBe(true)
    expect(hasValidIdCheckChar('440305200001011235')).toBe(true)
  })

  it('rejects a wrong check character, a lower-case x and a wrong length', () => {
    expect(hasValidIdCheckChar('110105194912310021')).toBe(false)
    expect(hasValidIdCheckChar('440305200001011236')).toBe(false)
    expect(hasValidIdCheckChar('11010519491231002x')).toBe(false)
    expect(hasValidIdCheckChar('11010519491231002')).toBe(false)
  })
})

describe('Luhn', () => {
  it.each(['4111111111111111', '6228481234567890128', '6222021234567894', '5187101111222238', '0'])('accepts %s', (digits) => {
    expect(passesLuhn(digits)).toBe(true)
  })

  it.each(['4111111111111112', '6228481234567890129', '6222021234567895', '1'])('rejects %s', (digits) => {
    expect(passesLuhn(digits)).toBe(false)
  })
})
