import {check} from '@shenjiao/core'
import {ruleTester} from '@shenjiao/core/testing'
import {describe, expect, it} from 'vitest'
import rule from './no-hidden-content.js'

ruleTester.run(rule, {
  valid: [
    {name: '纯文本没有隐藏内容', text: '各地要加强安全生产管理。'},
    {name: '可见的站外链接', format: 'html', text: '<p>详见<a href="https://www.xinhuanet.com/">新华网</a>。</p>'},
    {
      name: '图片上透明的点击热区链向政府网站（中国政府网页面的做法）',
      format: 'html',
      text: '<div style="position: relative;"><img src="b.jpg"><a href="http://www.gov.cn/a.htm" style="position: absolute; opacity: 0;"></a><a href="/b.htm" style="opacity:0"></a></div>',
    },
    {name: '隐藏的图片', format: 'html', text: '<p>正文<img src="a.gif" style="display:none"></p>'},
    {name: '隐藏的空元素', format: 'html', text: '<p>正文<span style="display:none">&nbsp;</span></p>'},
    {name: '普通样式：小的负缩进、正常字号', format: 'html', text: '<p style="text-indent:-2em;font-size:16px;left:-20px">正文</p>'},
  ],
  invalid: [
    {
      name: 'display:none 隐藏的站外链接',
      format: 'html',
      text: '<p>正文<span style="display:none"><a href="http://abc.example.com/">开云体育</a></span>。</p>',
      errors: [{messageId: 'hiddenLink', actual: '开云体育', column: 67}],
    },
    {
      name: '移出屏幕的空链接：整个元素作为报告范围',
      format: 'html',
      text: '<p>正文<a href="http://abc.example.com/" style="position:absolute;left:-9999px"></a>。</p>',
      errors: [{messageId: 'hiddenLink', actual: '<a href="http://abc.example.com/" style="position:absolute;left:-9999px"></a>'}],
    },
    {
      name: '字号为 0 的文字',
      format: 'html',
      text: '<p>正文<font style="font-size:0px">星耀体育</font>。</p>',
      errors: [{messageId: 'hiddenText', actual: '星耀体育'}],
    },
    {
      name: 'hidden 属性',
      format: 'html',
      text: '<div hidden><p>隐藏段落</p></div>',
      errors: [{messageId: 'hiddenText', actual: '隐藏段落'}],
    },
    {
      name: '零高度并裁切的区块里有多个链接，逐个报告',
      format: 'html',
      text: '<div style="height:0;overflow:hidden"><a href="http://a.example/">甲</a><a href="//b.example/">乙</a></div>',
      errors: [
        {messageId: 'hiddenLink', actual: '甲'},
        {messageId: 'hiddenLink', actual: '乙'},
      ],
    },
  ],
})

describe('security/no-hidden-content: severity', () => {
  const only = {rules: {'security/no-hidden-content': 'error' as const}}

  it('lowers hidden text that is only links within the site (a menu that opens on click) to a warning', () => {
    const [finding] = check('<ul style="display:none"><li><a href="/a.htm">政务公开</a></li></ul>', {format: 'html', config: only})
    expect(finding).toMatchObject({severity: 'warning', actual: '政务公开'})
  })

  it('lowers hidden text that scripts may show on click (display, visibility, hidden) to a warning', () => {
    const [finding] = check('<p style="visibility:hidden">隐藏的文字</p>', {format: 'html', config: only})
    expect(finding).toMatchObject({severity: 'warning', message: expect.stringContaining('visibility:hidden')})
  })

  it('keeps text put off screen or shrunk to nothing an error', () => {
    for (const style of ['position:absolute;left:-9999px', 'font-size:0', 'height:0;overflow:hidden', 'opacity:0']) {
      const [finding] = check(`<p style="${style}">隐藏的文字</p>`, {format: 'html', config: only})
      expect(finding, style).toMatchObject({severity: 'error'})
    }
  })

  it('keeps a hidden outbound link an error whatever hides it', () => {
    const [finding] = check('<div style="display:none"><a href="http://x.example/">甲</a></div>', {format: 'html', config: only})
    expect(finding).toMatchObject({severity: 'error', actual: '甲'})
  })
})
