import {ruleTester} from '@shenjiao/core/testing'
import rule from './jiancha-jiancha.js'

ruleTester.run(rule, {
  valid: [
    {name: '检查院内', text: '市里派人检查院内消防设施。'},
    {name: '检查院落', text: '逐户检查院落卫生。'},
    {name: '规范写法', text: '最高人民检察院检察长。'},
    {name: '检察机关的业务用“检察”', text: '提出检察建议，依法独立行使检察权，检察机关审查起诉。'},
    {name: '检查的对象用“检查”', text: '检查一下体温，检查结果正常。'},
  ],
  invalid: [
    {
      name: '人民检查院',
      text: '人民检查院在审查后作出决定。',
      output: '人民检察院在审查后作出决定。',
      errors: [{messageId: 'jiancha', actual: '查', expected: ['察'], column: 4, endColumn: 5, fixable: 'safe'}],
    },
    {
      name: '区检查院',
      text: '区检查院党组召开会议。',
      output: '区检察院党组召开会议。',
      errors: [{messageId: 'jiancha', column: 3}],
    },
    {
      name: '检察院检查长',
      text: '县人民检察院检查长出席。',
      output: '县人民检察院检察长出席。',
      errors: [{messageId: 'jiancha', actual: '查', column: 8}],
    },
    {
      name: '一般查验误用“检察”',
      text: '请把检察结果发过来，定时检察体温。',
      output: '请把检察结果发过来，定时检察体温。',
      errors: [
        {messageId: 'jiancha', actual: '察', expected: ['查'], column: 4, fixable: 'suggest'},
        {messageId: 'jiancha', actual: '察', expected: ['查'], column: 14},
      ],
    },
  ],
})
