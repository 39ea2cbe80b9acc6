import {ruleTester} from '@shenjiao/core/testing'
import rule from './zuo-zuo.js'

ruleTester.run(rule, {
  valid: [
    {name: '“做为群众办实事”中“为”属于后面', text: '多做为群众办实事的好事。'},
    {name: '“发作好几次”不是“作好”', text: '一天会发作好几次。'},
    {name: '“作出”“做出”都不查', text: '作出重要部署，做出新贡献。'},
    {name: '规范写法', text: '把安全作为底线，做好各项工作。'},
  ],
  invalid: [
    {
      name: '将……做为……',
      text: '将判例做为审判依据。',
      output: '将判例做为审判依据。',
      errors: [{messageId: 'zuo', actual: '做', expected: ['作'], column: 4, fixable: 'suggest'}],
    },
    {
      name: '做为一名……',
      text: '做为一名党员，要带头。',
      output: '做为一名党员，要带头。',
      errors: [{messageId: 'zuo', actual: '做', expected: ['作'], column: 1}],
    },
    {
      name: '作好',
      text: '作好长期奋斗的准备。',
      output: '作好长期奋斗的准备。',
      errors: [{messageId: 'zuo', actual: '作', expected: ['做'], column: 1}],
    },
  ],
})
