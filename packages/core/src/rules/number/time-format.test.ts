import {ruleTester} from '@shenjiao/core/testing'
import rule from './time-format.js'

ruleTester.run(rule, {
  valid: [
    {name: '半角冒号', text: '上午9:00召开，14:12:36结束。'},
    {name: '比例和比分', text: '比例为1：50，以3：2获胜。'},
    {name: '比例范围', text: '水泥与砂的配比为1：10～1：20，比例是1：3至1：5。'},
    {name: '没有时间提示词', text: '第12：30条。'},
    {name: '“时”“分”的写法', text: '15时40分开始。'},
  ],
  invalid: [
    {
      name: '冒号后的时刻与时分秒',
      text: '时间：9：00，截至23：59：59。',
      output: '时间：9:00，截至23:59:59。',
      errors: [
        {messageId: 'colon', actual: '9：00', expected: ['9:00'], column: 4},
        {messageId: 'colon', actual: '23：59：59', expected: ['23:59:59'], column: 11},
      ],
    },
    {
      name: '后面的词表明是时刻',
      text: '8：30开始报到。',
      output: '8:30开始报到。',
      errors: [{messageId: 'colon', actual: '8：30', column: 1}],
    },
  ],
})
