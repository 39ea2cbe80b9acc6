import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-fullwidth-digit.js'

ruleTester.run(rule, {
  valid: [
    {name: '半角数字', text: '2024年共培训123人，完成率99.5%。'},
    {name: '汉字数字', text: '二〇二四年五月。'},
  ],
  invalid: [
    {
      name: '只有一处全角数字',
      text: '共１２３人。',
      output: '共123人。',
      errors: [{messageId: 'mixed', actual: '１２３', expected: ['123'], column: 2}],
    },
    {
      name: '全角小数点随数字一起改',
      text: '增长７．３%，2024年。',
      output: '增长7.3%，2024年。',
      errors: [{messageId: 'mixed', actual: '７．３', expected: ['7.3'], column: 3}],
    },
    {
      name: '全角数字间的半角小数点属于同一个数',
      text: '比重突破１.５%，2024年。',
      output: '比重突破1.5%，2024年。',
      errors: [{messageId: 'mixed', actual: '１.５', expected: ['1.5'], column: 5}],
    },
    {
      name: '全文全角：只在第一处报一次，跨段也一样',
      text: '１９９３年回顾。\n\n１９９４年任务：５００个县。',
      output: '1993年回顾。\n\n1994年任务：500个县。',
      errors: [{messageId: 'throughout', actual: '１９９３', expected: ['1993'], line: 1, column: 1}],
    },
    {
      name: '全角与半角混用：每处都报，包括后面段落中的',
      text: '2024年计划。\n\n完成１２３项，新增４５个。',
      output: '2024年计划。\n\n完成123项，新增45个。',
      errors: [
        {messageId: 'mixed', line: 3, column: 3},
        {messageId: 'mixed', line: 3, column: 10},
      ],
    },
  ],
})
