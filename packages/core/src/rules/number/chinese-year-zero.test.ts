import {ruleTester} from '@shenjiao/core/testing'
import rule from './chinese-year-zero.js'

ruleTester.run(rule, {
  valid: [
    {name: '正确的〇', text: '二〇二四年五月一日，一九九〇年。'},
    {name: '计量用“零”', text: '三千零五十二人，九十五点零六。'},
    {name: '不带“年”的不算年份', text: '编号二O二二。'},
    {name: '没有零的年份', text: '一九九九年。'},
    {name: '阿拉伯数字年份', text: '2020年。'},
  ],
  invalid: [
    {
      name: '几何图形○（U+25CB）',
      text: '（二○○四年六月十六日国务院第五十四次常务会议通过）',
      output: '（二〇〇四年六月十六日国务院第五十四次常务会议通过）',
      errors: [{messageId: 'lookAlike', actual: '二○○四', expected: ['二〇〇四'], column: 2, fixable: 'safe'}],
    },
    {
      name: '拉丁字母O、o和全角Ｏ',
      text: '二OO八年，二o一o年，二Ｏ二四年。',
      output: '二〇〇八年，二〇一〇年，二〇二四年。',
      errors: [
        {messageId: 'lookAlike', expected: ['二〇〇八'], column: 1},
        {messageId: 'lookAlike', expected: ['二〇一〇'], column: 7},
        {messageId: 'lookAlike', expected: ['二〇二四'], column: 13},
      ],
    },
    {
      name: '“零”与形近字同在一个年份：按形近字报错并一并改正',
      text: '二零0八年。',
      output: '二〇〇八年。',
      errors: [{messageId: 'lookAlike', expected: ['二〇〇八'], column: 1}],
    },
    {
      name: '“零”降为提示，只给建议',
      text: '二零二四年工作要点。',
      output: '二零二四年工作要点。',
      errors: [{messageId: 'ling', expected: ['二〇二四'], fixable: 'suggest'}],
    },
  ],
})
