import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-mixed-numeral.js'

ruleTester.run(rule, {
  valid: [
    {name: '万和亿可与阿拉伯数字合用', text: '10亿零817万5288人，3.45亿，1万6000多户。'},
    {name: '千、百开头的计量单位', text: '5千克、3千米、10千伏、220千瓦、80千帕、3百分点。'},
    {name: '“3千5”一类口语写法含义不确定，不给错误的建议', text: '月薪3千5。'},
    {name: '全用汉字', text: '三千五百万。'},
    {name: '型号中的字母数字', text: '型号A3千型。'},
  ],
  invalid: [
    {
      name: '千与万连用',
      text: '由8300万增加到1亿3千多万，由5千多户增加到1万6千多户。',
      output: '由8300万增加到1亿3千多万，由5千多户增加到1万6千多户。',
      errors: [
        {messageId: 'mixed', actual: '3千', expected: ['3000'], column: 12},
        {messageId: 'mixed', actual: '5千', expected: ['5000'], column: 18},
        {messageId: 'mixed', actual: '6千', expected: ['6000'], column: 27},
      ],
    },
    {
      name: '百和零',
      text: '世界5百强，共1百零8人。',
      output: '世界5百强，共1百零8人。',
      errors: [
        {messageId: 'mixed', actual: '5百', expected: ['500'], column: 3},
        {messageId: 'mixed', actual: '1百零8', expected: ['108'], column: 8},
      ],
    },
  ],
})
