import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-redundant-approximation.js'

ruleTester.run(rule, {
  valid: [
    {name: '只用一个约数词', text: '参会约100人，会期3天左右，将近一个月。'},
    {name: '“约”在别的词里', text: '节约资金100万元左右，签约100家左右，制约10年左右。'},
    {name: '“近”作“最近”讲', text: '近十多年来，近3年左右的数据。'},
    {name: '中间隔着标点', text: '约100人，左右两侧。'},
  ],
  invalid: [
    {
      name: '约……左右、大概……上下、将近……左右',
      text: '约5个百分点左右，大概一个月上下，将近20%左右。',
      output: '约5个百分点左右，大概一个月上下，将近20%左右。',
      errors: [
        {messageId: 'redundant', actual: '约5个百分点左右', expected: ['约5个百分点', '5个百分点左右'], column: 1},
        {messageId: 'redundant', actual: '大概一个月上下', expected: ['大概一个月', '一个月上下'], column: 10},
        {messageId: 'redundant', actual: '将近20%左右', expected: ['将近20%', '20%左右'], column: 18},
      ],
    },
  ],
})
