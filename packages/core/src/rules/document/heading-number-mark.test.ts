import {ruleTester} from '@shenjiao/core/testing'
import rule from './heading-number-mark.js'

ruleTester.run(rule, {
  valid: [
    {name: '四级序次语都规范', text: '各单位：\n一、总体要求\n（一）明确责任\n1.强化保障\n（1）细化措施\n十二、其他'},
    {name: '全角空格缩进', text: '各单位：\n　　一、总体要求\n　　1. 强化保障'},
    {name: '小数和数字列举不是序次语', text: '各单位：\n1.5亿元已拨付。\n1、2号楼已完工。\n一、二级医院全部接入。'},
    {name: '段中的数字不检查', text: '完成第1、2项任务，其中一，二两条已落实。'},
    {name: '半角逗号由 no-halfwidth-in-chinese 报告', text: '各单位：\n一,总体要求'},
    {name: '半角括号由 no-halfwidth-in-chinese 报告', text: '各单位：\n(一)明确责任\n(1)细化措施'},
    {name: '“一是”不是序次语', text: '各单位：\n一是加强领导。'},
    {name: '节号 1.1 不是四级序次语', text: '各单位：\n1.1 总体要求'},
    {name: '表格中的编号不是层次序号', format: 'html', text: '<table><tr><td>1、</td><td>一.</td></tr></table>'},
    {name: 'Markdown 有序列表的编号由渲染器生成', format: 'markdown', text: '1. 强化保障\n2. 加强督查'},
  ],
  invalid: [
    {
      name: '全角下脚点和汉字逗号',
      text: '各单位：\n二，工作任务\n2．加强督查',
      output: '各单位：\n二，工作任务\n2．加强督查',
      errors: [
        {messageId: 'wrongMark', actual: '，', expected: ['、'], line: 2, column: 2, fixable: 'suggest'},
        {messageId: 'wrongMark', actual: '．', expected: ['.'], line: 3, column: 2},
      ],
    },
    {
      name: '四级序次语后多余的点',
      text: '各单位：\n（1）.细化措施',
      output: '各单位：\n（1）.细化措施',
      errors: [{messageId: 'extraMark', actual: '.', expected: [''], line: 2, column: 4}],
    },
    {
      name: '半角括号后的顿号仍报告，括号留给 no-halfwidth-in-chinese',
      text: '各单位：\n(二)、细化',
      output: '各单位：\n(二)、细化',
      errors: [{messageId: 'extraMark', actual: '、', line: 2, column: 4}],
    },
    {
      name: 'Markdown 中“1.”后无空格不是列表，照常检查',
      format: 'markdown',
      text: '各单位：\n\n1、强化保障',
      output: '各单位：\n\n1、强化保障',
      errors: [{messageId: 'wrongMark', actual: '、', line: 3, column: 2}],
    },
    {
      name: '附件说明的顺序号',
      text: '现印发给你们。\n附件：1、甲\n　　　2、乙',
      output: '现印发给你们。\n附件：1、甲\n　　　2、乙',
      errors: [
        {messageId: 'wrongMark', actual: '、', expected: ['.'], line: 2, column: 5},
        {messageId: 'wrongMark', actual: '、', line: 3, column: 5},
      ],
    },
    {
      name: 'HTML 段落',
      format: 'html',
      text: '<p>各单位：</p><p>一.总体要求</p>',
      output: '<p>各单位：</p><p>一.总体要求</p>',
      errors: [{messageId: 'wrongMark', actual: '.', line: 1, column: 16}],
    },
  ],
})
