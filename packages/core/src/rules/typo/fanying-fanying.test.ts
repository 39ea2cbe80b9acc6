import {ruleTester} from '@shenjiao/core/testing'
import rule from './fanying-fanying.js'

ruleTester.run(rule, {
  valid: [
    {name: '对刺激的回应用“反应”', text: '群众反应强烈，有关部门迅速做出反应。'},
    {name: '应急反应', text: '立即做出应急反应，反应及时、处置果断。'},
    {name: '医学上的不良反应', text: '出现不良反应情况要及时报告。'},
    {name: '“的反应情况”是名词性结构', text: '向群众了解对政策的反应情况。'},
    {name: '规范写法', text: '如实反映情况，向上级反映问题，反映群众诉求。'},
  ],
  invalid: [
    {
      name: '如实反应',
      text: '要如实反应情况。',
      output: '要如实反应情况。',
      errors: [{messageId: 'fanying', actual: '应', expected: ['映'], column: 5, endColumn: 6, fixable: 'suggest'}],
    },
    {
      name: '反应 + 群众诉求',
      text: '及时反应群众诉求。',
      output: '及时反应群众诉求。',
      errors: [{messageId: 'fanying', actual: '应', column: 4}],
    },
    {
      name: '向……反应问题',
      text: '可以向上级反应问题。',
      output: '可以向上级反应问题。',
      errors: [{messageId: 'fanying', actual: '应', column: 7}],
    },
  ],
})
