import {describe, expect, it} from 'vitest'
import {addressOf, resolveLink} from './address.js'

describe('addresses', () => {
  it('gives a site page its path, separators and index pages normalised', () => {
    expect(addressOf('zwgk/cuoshi.html')).toBe('site:/zwgk/cuoshi.html')
    expect(addressOf('zwgk\\cuoshi.html')).toBe('site:/zwgk/cuoshi.html')
    expect(addressOf('./zwgk/index.html')).toBe('site:/zwgk')
  })

  it('resolves relative links against the page', () => {
    expect(resolveLink('jiedu.html', 'site:/zwgk/cuoshi.html')).toBe('site:/zwgk/jiedu.html')
    expect(resolveLink('../zcjd/jiedu.html#top', 'site:/zwgk/cuoshi.html')).toBe('site:/zcjd/jiedu.html')
    expect(resolveLink('/zwgk/%E8%A7%A3%E8%AF%BB.html', 'site:/a.html')).toBe('site:/zwgk/解读.html')
  })

  it('treats http and https, case of host, fragments and index pages as one address', () => {
    const a = resolveLink('http://WWW.Moushi.gov.cn/zwgk/index.html#main', 'site:/a.html')
    const b = resolveLink('https://www.moushi.gov.cn/zwgk/', 'site:/a.html')
    expect(a).toBe('www.moushi.gov.cn/zwgk')
    expect(b).toBe(a)
  })

  it('keeps the query, which tells dynamic pages apart', () => {
    expect(resolveLink('http://www.moushi.gov.cn/art?id=12', 'site:/a.html')).toBe('www.moushi.gov.cn/art?id=12')
  })

  it('leaves links that are not web addresses as written', () => {
    expect(resolveLink('mailto:ban@moushi.gov.cn', 'site:/a.html')).toBe('mailto:ban@moushi.gov.cn')
  })
})
