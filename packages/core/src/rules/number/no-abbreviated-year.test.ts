import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-abbreviated-year.js'

ruleTester.run(rule, {
  valid: [
    {name: '完整年份', text: '2022年3月起施行，2022—2023年度预算。'},
    {name: '时长和周年不是年份', text: '他已工作22年，建国70年来，改革开放40年。'},
    {name: '年代', text: '20世纪80年代以来。'},
    {name: '几年几个月是时长', text: '刑期12年6个月。'},
    {name: '刑期、期限写作“N年M月”也是时长', text: '判处有期徒刑10年6月，服刑12年3月后假释；合同期限为10年6月。'},
    {name: '撇号后不接“年”的会展名称', text: '办好’99昆明世界园艺博览会。'},
    {name: '完整年份范围', text: '2019-2021年度。'},
  ],
  invalid: [
    {
      name: '两位年份后接月份、年度、季度、半年',
      text: '22年3月印发，98年度决算，21年第一季度，19年上半年。',
      output: '22年3月印发，98年度决算，21年第一季度，19年上半年。',
      errors: [
        {messageId: 'short', actual: '22', expected: ['2022', '1922'], column: 1},
        {messageId: 'short', actual: '98', expected: ['1998', '2098'], column: 9},
        {messageId: 'short', actual: '21', column: 16},
        {messageId: 'short', actual: '19', column: 24},
      ],
    },
    {
      name: '撇号年份',
      text: '’22年工作要点。',
      output: '’22年工作要点。',
      errors: [{messageId: 'short', actual: '’22', expected: ['2022', '1922'], column: 1}],
    },
    {
      name: '年份范围的后一年省略',
      text: '2022—23年，2019-21年度。',
      output: '2022—23年，2019-21年度。',
      errors: [
        {messageId: 'short', actual: '23', expected: ['2023'], column: 6},
        {messageId: 'short', actual: '21', expected: ['2021'], column: 15},
      ],
    },
  ],
})
