import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-range-unit-elision.js'

ruleTester.run(rule, {
  valid: [
    {name: '两端都有单位', text: '增长15%～30%，规模9亿～16亿，补助13万元～17万元。'},
    {name: '单位不致误解时可省略前一个', text: '每次5～100公斤，温度10～12℃，3～5年。'},
    {name: '编号中的短横线不是范围', text: '详见表1-2%一栏。'},
    {name: '前数大于后数，不是范围', text: '第5-3万元档。'},
  ],
  invalid: [
    {
      name: '百分号省略（一字线）',
      text: '占全部支出的5—6%。',
      output: '占全部支出的5—6%。',
      errors: [{messageId: 'elided', actual: '5', expected: ['5%'], column: 7}],
    },
    {
      name: '万亿、亿美元',
      text: '规模2～3万亿，引资5～8亿美元。',
      output: '规模2～3万亿，引资5～8亿美元。',
      errors: [
        {messageId: 'elided', actual: '2', expected: ['2万亿'], column: 3},
        {messageId: 'elided', actual: '5', expected: ['5亿美元', '5亿'], column: 11},
      ],
    },
    {
      name: '写错连接号时也报省略（两条规则各报各的字符）',
      text: '奖励5-10万元。',
      output: '奖励5-10万元。',
      errors: [{messageId: 'elided', actual: '5', expected: ['5万元', '5万'], column: 3}],
    },
  ],
})
