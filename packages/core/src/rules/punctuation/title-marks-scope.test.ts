import {ruleTester} from '@shenjiao/core/testing'
import rule from './title-marks-scope.js'

ruleTester.run(rule, {
  valid: [
    {name: '文件名', text: '《关于召开全市安全生产工作会议的通知》'},
    {name: '截短的文件名', text: '《关于召开全市安全生产工作会议》'},
    {name: '会议文件汇编是作品', text: '《十四届全国人大二次会议文件汇编》'},
  ],
  invalid: [
    {
      name: '机构名',
      text: '详见《XX市人民政府办公室》网站。',
      output: '详见《XX市人民政府办公室》网站。',
      errors: [{messageId: 'scope', actual: '《XX市人民政府办公室》', expected: ['XX市人民政府办公室', '“XX市人民政府办公室”'], fixable: 'suggest'}],
    },
    {
      name: '活动名',
      text: '开展《学雷锋志愿服务活动》',
      output: '开展《学雷锋志愿服务活动》',
      errors: [{messageId: 'scope', column: 3}],
    },
  ],
})
