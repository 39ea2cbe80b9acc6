import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-mark-at-line-start.js'

ruleTester.run(rule, {
  valid: [
    {name: '上一行在句中断开，点号属上一行', text: '审议了\n政府工作报告\n，同意报告。'},
    {name: '行首的引号不是点号', text: '第一段。\n“第二段。”'},
  ],
  invalid: [
    {
      name: '上一行以逗号结束，下一行又以逗号开头（缩进后）',
      text: '民族团结进步事业焕发生机，\n　　，支持少数民族发展。',
      output: '民族团结进步事业焕发生机，\n　　支持少数民族发展。',
      errors: [{messageId: 'lineStart', actual: '，', expected: [''], line: 2, column: 3, fixable: 'safe'}],
    },
    {
      name: '上一行以引号和句号结束，下一行以不同点号开头，只给建议',
      text: '他说：“好。”\n，会议继续。',
      output: '他说：“好。”\n，会议继续。',
      errors: [{messageId: 'lineStart', line: 2, column: 1, fixable: 'suggest'}],
    },
  ],
})
