import {ruleTester} from '@shenjiao/core/testing'
import rule from './ordinal-word-mark.js'

ruleTester.run(rule, {
  valid: [
    {name: '逗号', text: '第一，加强领导。首先，统一思想。'},
    {name: '序数并列', text: '第一、第二、第三产业的结构，第一、二季度。'},
    {name: '句中的“第一”不是序次语', text: '这是全省第一、全国第三的成绩。'},
    {name: '“一是”可不加标点', text: '一是加强领导，二是完善制度。'},
  ],
  invalid: [
    {
      name: '段首和分号后',
      text: '要求：\n第一、加强领导；第二、完善制度。',
      output: '要求：\n第一、加强领导；第二、完善制度。',
      errors: [
        {messageId: 'commaExpected', actual: '、', expected: ['，'], line: 2, column: 3, fixable: 'suggest'},
        {messageId: 'commaExpected', actual: '、', line: 2, column: 11},
      ],
    },
    {
      name: '首先、其次',
      text: '工作要求：\n首先、统一思想。其次、狠抓落实。',
      output: '工作要求：\n首先、统一思想。其次、狠抓落实。',
      errors: [
        {messageId: 'commaExpected', line: 2, column: 3},
        {messageId: 'commaExpected', line: 2, column: 11},
      ],
    },
  ],
})
