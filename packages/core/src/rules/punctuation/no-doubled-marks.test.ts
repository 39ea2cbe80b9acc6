import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-doubled-marks.js'

ruleTester.run(rule, {
  valid: [
    {name: '问号在前的“？！”', text: '这难道不是事实吗？！'},
    {name: '三个句号是写错的省略号，归 ellipsis-form', text: '北京、上海。。。'},
    {name: '引号后的逗号不与引号里的点号连用', text: '他强调“稳中求进”，要更加扎实。'},
  ],
  invalid: [
    {
      name: '两个逗号',
      text: '精神状态，，更加扎实',
      output: '精神状态，更加扎实',
      errors: [{messageId: 'doubled', actual: '，，', expected: ['，'], column: 5, endColumn: 7, fixable: 'safe'}],
    },
    {
      name: '两个句号',
      text: '工作取得进展。。',
      output: '工作取得进展。',
      errors: [{messageId: 'doubled', actual: '。。'}],
    },
    {
      name: '句末的逗号加句号，保留句号',
      text: '请各单位认真落实，。',
      output: '请各单位认真落实。',
      errors: [{messageId: 'clash', actual: '，。', expected: ['。'], fixable: 'safe'}],
    },
    {
      name: '句末的逗号加句号，后面还有引号',
      text: '他说：“要认真落实，。”',
      output: '他说：“要认真落实。”',
      errors: [{messageId: 'clash', expected: ['。']}],
    },
    {
      name: '句中的两个点号，哪个对由作者定',
      text: '一是加强领导；，二是压实责任。',
      output: '一是加强领导；，二是压实责任。',
      errors: [{messageId: 'clash', actual: '；，', expected: ['，', '；'], fixable: 'suggest'}],
    },
    {
      name: '叠用的问号只给建议',
      text: '这是为什么？？',
      output: '这是为什么？？',
      errors: [{messageId: 'stacked', actual: '？？', expected: ['？'], fixable: 'suggest'}],
    },
    {
      name: '叹号在前的“！？”',
      text: '怎么会这样！？',
      output: '怎么会这样！？',
      errors: [{messageId: 'order', actual: '！？', expected: ['？！']}],
    },
  ],
})
