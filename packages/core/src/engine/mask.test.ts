import {describe, expect, it} from 'vitest'
import {maskUrls} from './mask.js'

/** Shows masked code units as `#`. */
function masked(text: string): string {
  return maskUrls(text).replaceAll('\uFFFC', '#')
}

/** What `url` looks like masked. */
function hidden(url: string): string {
  return '#'.repeat(url.length)
}

describe('maskUrls', () => {
  it('masks http, https, ftp and www addresses code unit for code unit', () => {
    const text = '见https://x.cn/a?b=1,2;3 与 ftp://f.cn 和 WWW.gov.cn'
    expect(masked(text)).toBe(`见${hidden('https://x.cn/a?b=1,2;3')} 与 ${hidden('ftp://f.cn')} 和 ${hidden('WWW.gov.cn')}`)
    expect(maskUrls(text)).toHaveLength(text.length)
  })

  it('stops at the first character that cannot be in a URL', () => {
    expect(masked('详见http://x.cn/a，欢迎')).toBe(`详见${hidden('http://x.cn/a')}，欢迎`)
    expect(masked('http://x.cn 后')).toBe(`${hidden('http://x.cn')} 后`)
  })

  it('leaves trailing sentence marks to the sentence', () => {
    expect(masked('详见http://www.gov.cn,请查阅')).toBe(`详见${hidden('http://www.gov.cn')},请查阅`)
    expect(masked('访问www.gov.cn!?了解')).toBe(`访问${hidden('www.gov.cn')}!?了解`)
    expect(masked('见http://x.cn/a.html.')).toBe(`见${hidden('http://x.cn/a.html')}.`)
  })

  it('leaves an unbalanced closing parenthesis, keeps a balanced one', () => {
    expect(masked('详见(http://x.cn),谢谢')).toBe(`详见(${hidden('http://x.cn')}),谢谢`)
    expect(masked('见http://x.cn/a_(b)')).toBe(`见${hidden('http://x.cn/a_(b)')}`)
    expect(masked('（见http://x.cn/a_(b)).')).toBe(`（见${hidden('http://x.cn/a_(b)')}).`)
  })

  it('leaves text without URLs alone', () => {
    expect(maskUrls('中文,没有网址。www')).toBe('中文,没有网址。www')
  })
})
