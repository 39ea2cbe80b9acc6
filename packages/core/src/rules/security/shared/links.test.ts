import {describe, expect, it} from 'vitest'
import {outboundHost, spamInUrl} from './links.js'

describe('outboundHost', () => {
  it('gives the host of links that leave government sites', () => {
    expect(outboundHost('https://www.Example.com/a?b')).toBe('www.example.com')
    expect(outboundHost('//cdn.example.net/x')).toBe('cdn.example.net')
    expect(outboundHost('http://user@evil.example/')).toBe('evil.example')
  })

  it('keeps government hosts, relative links and other schemes inside', () => {
    for (const href of ['http://www.gov.cn/', 'https://slj.bd.gov.cn/a', 'http://gov.cn.', '/zhengce/a.htm', '#top', 'a.htm', 'mailto:a@b.cn', 'javascript:void(0)']) {
      expect(outboundHost(href), href).toBeUndefined()
    }
  })
})

describe('spamInUrl', () => {
  it('finds known brands and gambling or porn words', () => {
    expect(spamInUrl('https://www.bet365.com/')).toBe('赌博')
    expect(spamInUrl('https://888casino.example/')).toBe('赌博')
    expect(spamInUrl('https://x.example/porn/1')).toBe('色情')
    expect(spamInUrl('https://x.example/%E5%BC%80%E4%BA%91%E4%BD%93%E8%82%B2')).toBe('赌博')
  })

  it('does not read words inside other words', () => {
    for (const href of ['https://www.tibet.cn/', 'https://alphabet.example/', 'https://www.better.example/', 'https://www.xinhuanet.com/']) {
      expect(spamInUrl(href), href).toBeUndefined()
    }
  })
})
