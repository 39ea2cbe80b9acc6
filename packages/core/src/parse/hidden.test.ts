import {describe, expect, it} from 'vitest'
import {hiddenByStyle, hiddenReason} from './hidden.js'

describe('hiddenByStyle', () => {
  it.each([
    ['display: none !important', 'display:none'],
    ['VISIBILITY:Collapse', 'visibility:collapse'],
    ['font-size:0pt;color:red', 'font-size:0pt'],
    ['opacity:0.0', 'opacity:0.0'],
    ['position:absolute;top:-999px', 'top:-999px'],
    ['text-indent:-9999px', 'text-indent:-9999px'],
    ['width:1px;height:1px;overflow:hidden', 'width:1px;overflow:hidden'],
  ])('%s hides (%s)', (style, reason) => {
    expect(hiddenByStyle(style)).toBe(reason)
  })

  it.each(['opacity:0.5', 'left:-20px;position:relative', 'height:0', 'font-size:10px', 'display:inline !important', 'top:-5em', ''])(
    '%s does not hide',
    (style) => {
      expect(hiddenByStyle(style)).toBeUndefined()
    },
  )
})

describe('hiddenReason', () => {
  it('reads the hidden attribute before the style', () => {
    expect(hiddenReason({hidden: true, style: 'display:none'})).toBe('hidden 属性')
    expect(hiddenReason({style: 'display:none'})).toBe('display:none')
    expect(hiddenReason({className: ['hidden']})).toBeUndefined()
  })
})
