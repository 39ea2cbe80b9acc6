import {ruleTester} from '@shenjiao/core/testing'
import rule from './military-id.js'

ruleTester.run(rule, {
  valid: [
    {name: '判决书的字号', text: '（2019）京字第1234567号。'},
    {name: '已脱敏', text: '军官证号：南字第****567号。'},
  ],
  invalid: [
    {
      name: '士兵证',
      text: '士兵证号：1234567。',
      output: '士兵证号：1234567。',
      errors: [{messageId: 'exposed', actual: '****567', column: 6}],
    },
    {
      name: '括号中的字号形式',
      text: '现役军人王某（军官证：海字第12345678号）。',
      output: '现役军人王某（军官证：海字第12345678号）。',
      errors: [{messageId: 'exposed', actual: '*****678', column: 15}],
    },
  ],
})
