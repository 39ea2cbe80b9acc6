import {describe, expect, it} from 'vitest'
import {leakHash} from './leak.js'

describe('leakHash', () => {
  it('is the first 16 hex digits of SHA-256 over ruleId:identifier', () => {
    // printf 'privacy/phone:13800138000' | sha256sum
    expect(leakHash('privacy/phone', '13800138000')).toBe('f910c26de0f34ea7')
  })

  it('separates rules and identifiers', () => {
    expect(leakHash('privacy/phone', '13800138000')).not.toBe(leakHash('privacy/bank-card', '13800138000'))
    expect(leakHash('privacy/phone', '13800138000')).not.toBe(leakHash('privacy/phone', '13800138001'))
  })
})
