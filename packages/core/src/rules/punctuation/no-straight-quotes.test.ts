import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-straight-quotes.js'

ruleTester.run(rule, {
  valid: [
    {name: '英文句子里的直引号', text: 'He said "hello" and left.'},
    {name: '英文撇号', text: "Don't panic."},
    {name: '坐标中的分、秒符号', text: '位于东经116°23\'17"，北纬39°54\'27"。'},
    {name: 'Markdown 行内代码不是正文', format: 'markdown', text: '将`class="main"`写入配置。'},
  ],
  invalid: [
    {
      name: '成对的直双引号按先开后闭替换',
      text: '加强"三河三湖"等重点流域水污染防治。',
      output: '加强“三河三湖”等重点流域水污染防治。',
      errors: [
        {messageId: 'straight', actual: '"', expected: ['“'], column: 3, fixable: 'safe'},
        {messageId: 'straight', actual: '"', expected: ['”'], column: 8},
      ],
    },
    {
      name: '成对的直单引号',
      text: "他说：“要落实'放管服'改革。”",
      output: '他说：“要落实‘放管服’改革。”',
      errors: [
        {messageId: 'straight', actual: "'", expected: ['‘'], column: 8},
        {messageId: 'straight', actual: "'", expected: ['’'], column: 12},
      ],
    },
    {
      name: '引号里是英文，一侧紧挨中文也改',
      text: '标语为"Made in China"。',
      output: '标语为“Made in China”。',
      errors: [
        {messageId: 'straight', expected: ['“'], column: 4},
        {messageId: 'straight', expected: ['”'], column: 18},
      ],
    },
    {
      name: '全角直引号',
      text: '简称＂一网通办＂。',
      output: '简称“一网通办”。',
      errors: [
        {messageId: 'straight', actual: '＂', expected: ['“'], column: 3},
        {messageId: 'straight', actual: '＂', expected: ['”'], column: 8},
      ],
    },
    {
      name: '不成对的直引号，前有标点后有文字，推断为前引号，只给建议',
      text: '所谓，"放管服改革，要持续推进。',
      output: '所谓，"放管服改革，要持续推进。',
      errors: [{messageId: 'straight', expected: ['“'], column: 4, fixable: 'suggest'}],
    },
    {
      name: '不成对且方向无从判断，两种都给',
      text: "改革开放进一步深化。'",
      output: "改革开放进一步深化。'",
      errors: [{messageId: 'straight', expected: ['‘', '’'], column: 11, fixable: 'suggest'}],
    },
  ],
})
