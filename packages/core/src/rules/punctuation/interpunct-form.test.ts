import {ruleTester} from '@shenjiao/core/testing'
import rule from './interpunct-form.js'

ruleTester.run(rule, {
  valid: [
    {name: '行首的圆点是列表符号', text: '• 加强组织领导'},
    {name: '书名号外的小数', text: '增长5.2%，《报告》已发布。'},
    {name: '引号里不是月日的数', text: '“0.5”个百分点'},
    {name: '书名号内的版本号', text: '《政府网站发展指引2.0》'},
  ],
  invalid: [
    {
      name: '人名中的片假名中点',
      text: '阿依古丽・买买提',
      output: '阿依古丽·买买提',
      errors: [{messageId: 'form', actual: '・', expected: ['·'], column: 5, fixable: 'safe'}],
    },
    {
      name: '书名号内汉字之间的句点',
      text: '《沁园春.雪》',
      output: '《沁园春·雪》',
      errors: [{messageId: 'form', actual: '.', column: 5}],
    },
    {
      name: '引号中的月日事件名，只给建议',
      text: '“5.12”汶川特大地震',
      output: '“5.12”汶川特大地震',
      errors: [{messageId: 'form', actual: '.', expected: ['·'], column: 3, fixable: 'suggest'}],
    },
  ],
})
