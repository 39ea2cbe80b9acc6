import {ruleTester} from '@shenjiao/core/testing'
import rule from './digit-grouping.js'

ruleTester.run(rule, {
  valid: [
    {name: '千分撇每三位一组', text: '投资1,000万元，金额19,351,235.235767元。'},
    {name: '不分节', text: '全年完成12345项，2024年。'},
    {name: '短小的逗号列举不当作数', text: '第1,2项。'},
    {name: '英文语境', text: 'Population: 1,411,750,000.'},
  ],
  invalid: [
    {
      name: '按万四位分节',
      text: '奖金12,3456元。',
      output: '奖金12,3456元。',
      errors: [{messageId: 'irregular', actual: '12,3456', expected: ['123456', '123,456'], column: 3}],
    },
    {
      name: '给年份分节',
      text: '2,024年。',
      output: '2,024年。',
      errors: [{messageId: 'year', actual: '2,024', expected: ['2024'], column: 1}],
    },
    {
      name: '体例不分节时报告千分撇',
      text: '金额19,351,235.23元。',
      output: '金额19,351,235.23元。',
      options: {style: 'none'},
      errors: [{messageId: 'grouped', actual: '19,351,235.23', expected: ['19351235.23'], column: 3}],
    },
  ],
})
