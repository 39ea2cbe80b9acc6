import {ruleTester} from '@shenjiao/core/testing'
import rule from './enumeration-comma.js'

ruleTester.run(rule, {
  valid: [
    {name: '“第”后是缩略的并列项', text: '第五、六中队参加演练。'},
    {name: '月份是两个时间点', text: '三、四月份降水偏多。'},
    {name: '年级是缩略的并列项', text: '一、二年级学生'},
    {name: '不相邻的数字', text: '三、五个工作日内'},
    {name: '列举中的数字', text: '一、二、三个批次'},
    {name: '顿号后的“与”是介词', text: '建立健全覆盖本辖区各层级、与抽查事项相对应的检查对象名录库。'},
    {name: '“和”在词中', text: '促进各民族和睦相处、和衷共济、和谐发展。'},
    {name: '“及时”不是连词“及”', text: '对群众诉求要限时办结、及时反馈。'},
    {name: '引号之间的顿号默认不查', text: '“僵尸”、“睡眠”等现象'},
  ],
  invalid: [
    {
      name: '概数中间的顿号',
      text: '工期约三、四个月。',
      output: '工期约三、四个月。',
      errors: [{messageId: 'approximate', actual: '三、四', expected: ['三四'], column: 4, endColumn: 7, fixable: 'suggest'}],
    },
    {
      name: '十几的概数',
      text: '年龄在十二、三岁之间',
      output: '年龄在十二、三岁之间',
      errors: [{messageId: 'approximate', actual: '十二、三', expected: ['十二三']}],
    },
    {
      name: '九、十倍',
      text: '产量要多九、十倍',
      output: '产量要多九、十倍',
      errors: [{messageId: 'approximate', expected: ['九十']}],
    },
    {
      name: '“以及”前宜用逗号',
      text: '北京、上海、以及广州',
      output: '北京、上海、以及广州',
      errors: [{messageId: 'conjunction', actual: '、', expected: ['，', ''], column: 6}],
    },
    {
      name: '选项打开后检查引号之间的顿号',
      text: '“僵尸”、“睡眠”等现象',
      options: {betweenQuotedItems: true},
      output: '“僵尸”、“睡眠”等现象',
      errors: [{messageId: 'marked', actual: '、', expected: [''], column: 5}],
    },
  ],
})
