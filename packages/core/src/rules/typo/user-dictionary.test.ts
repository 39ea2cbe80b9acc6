import {ruleTester} from '@shenjiao/core/testing'
import rule from './user-dictionary.js'

const dictionary = {replace: {展生: '产生', 帐户: '账户'}}

ruleTester.run(rule, {
  valid: [
    {name: '没有项目词典时不检查', text: '会议展生了很好的效果。'},
    {name: '“展生”跨在“发展｜生产”两个词上，不是错词', text: '要坚持发展生产。', config: {dictionary}},
    {name: '跨词边界：发展｜生产力', text: '解放和发展生产力。', config: {dictionary}},
    {
      name: '允许词里的错词不报',
      text: '展生会今日开幕。',
      config: {dictionary: {...dictionary, allow: ['展生会']}},
    },
  ],
  invalid: [
    {
      name: '独立成词的错词',
      text: '会议展生了很好的效果。',
      config: {dictionary},
      output: '会议产生了很好的效果。',
      errors: [{messageId: 'replace', actual: '展生', expected: ['产生'], line: 1, column: 3, endColumn: 5}],
    },
    {
      name: '同一段中的多个错词',
      text: '请核对帐户信息，避免展生差错。',
      config: {dictionary},
      output: '请核对账户信息，避免产生差错。',
      errors: [
        {messageId: 'replace', actual: '帐户', expected: ['账户'], column: 4},
        {messageId: 'replace', actual: '展生', expected: ['产生'], column: 11},
      ],
    },
  ],
})
