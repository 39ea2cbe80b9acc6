import {ruleTester} from '@shenjiao/core/testing'
import rule from './ellipsis-form.js'

ruleTester.run(rule, {
  valid: [
    {name: '两个省略号连用表示整段省略', text: '…………'},
    {name: '英文中的三个点', text: 'Wait... what?'},
    {name: '数字间的点不是中文语境', text: '第1...10项'},
    {name: '两个句号归 no-doubled-marks', text: '工作取得进展。。'},
    {name: '省略号后的“等待”不是“等”', text: '大家都在……等待结果。'},
    {name: '目录中连到页码的引导点', text: '一、发展基础··········3\n第一章　总则......12\n第二章　附则……………… 15'},
  ],
  invalid: [
    {
      name: '三个句号',
      text: '北京、上海、广州。。。',
      output: '北京、上海、广州……',
      errors: [{messageId: 'form', actual: '。。。', expected: ['……'], column: 9, endColumn: 12, fixable: 'safe'}],
    },
    {
      name: '六个英文句点',
      text: '依次类推......',
      output: '依次类推……',
      errors: [{messageId: 'form', actual: '......', column: 5}],
    },
    {
      name: '单个省略号',
      text: '北京、上海、广州…',
      output: '北京、上海、广州……',
      errors: [{messageId: 'form', actual: '…', column: 9}],
    },
    {
      name: '三个省略号字符',
      text: '北京、上海………',
      output: '北京、上海……',
      errors: [{messageId: 'form', actual: '………', fixable: 'safe'}],
    },
    {
      name: '五个省略号字符：一个还是两个由作者定',
      text: '北京、上海……………',
      output: '北京、上海……………',
      errors: [{messageId: 'form', fixable: 'suggest'}],
    },
    {
      name: '间隔号或顿号连写',
      text: '科学、文化······教育、、、',
      output: '科学、文化……教育……',
      errors: [
        {messageId: 'form', actual: '······', column: 6},
        {messageId: 'form', actual: '、、、', column: 14},
      ],
    },
    {
      name: '省略号后的“等等”',
      text: '油菜……等等。',
      output: '油菜……等等。',
      errors: [{messageId: 'etcetera', actual: '等等', expected: [''], column: 5, fixable: 'suggest'}],
    },
  ],
})
