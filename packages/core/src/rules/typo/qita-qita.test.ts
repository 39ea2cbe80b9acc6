import {ruleTester} from '@shenjiao/core/testing'
import rule from './qita-qita.js'

ruleTester.run(rule, {
  valid: [
    {name: '“其它”用于事物', text: '其它物品一并登记，其它事项另行通知。'},
    {name: '“其他”指人', text: '其他人员不得进入。'},
  ],
  invalid: [
    {
      name: '其它 + 人员',
      text: '其它人员不得进入。',
      output: '其他人员不得进入。',
      errors: [{messageId: 'qita', actual: '它', expected: ['他'], column: 2, endColumn: 3, fixable: 'safe'}],
    },
    {
      name: '其它 + 同志',
      text: '请其它同志参加。',
      output: '请其他同志参加。',
      errors: [{messageId: 'qita', column: 3}],
    },
  ],
})
