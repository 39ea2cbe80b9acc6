import {ruleTester} from '@shenjiao/core/testing'
import rule from './attachment-note.js'

ruleTester.run(rule, {
  valid: [
    {name: '单个附件', text: '附件：国务院职业教育工作部际联席会议制度\n国务院\n2018年11月20日'},
    {name: '多个附件各占一行', text: '附件：1.国土资源部关于地质险情调研情况的报告\n2.地质险情调查专家组意见\n国务院办公厅'},
    {name: '附件说明之后的正文不检查', text: '附件：1.甲\n2.乙\n国务院办公厅\n3.其他事项，请与我办联系。'},
    {name: '附件页的标识不是附件说明', text: '附件1\n关于地质险情调研情况的报告\n国务院：\n1.调查情况如下。'},
    {name: '正文中提到附件', text: '形成专家组调查意见（见附件）。'},
    {name: '半角标点由 no-halfwidth-in-chinese 报告', text: '附件：1.甲;\n2.乙,'},
  ],
  invalid: [
    {
      name: '附件名称后的句号',
      text: '现印发给你们。\n附件：国务院职业教育工作部际联席会议制度。',
      output: '现印发给你们。\n附件：国务院职业教育工作部际联席会议制度。',
      errors: [{messageId: 'trailingMark', actual: '。', expected: [''], line: 2, column: 21, fixable: 'suggest'}],
    },
    {
      name: '多行附件说明，行末有空格',
      text: '现印发给你们。\n附件：1.甲、\n　　　2.乙， \n国务院办公厅',
      output: '现印发给你们。\n附件：1.甲、\n　　　2.乙， \n国务院办公厅',
      errors: [
        {messageId: 'trailingMark', actual: '、', line: 2},
        {messageId: 'trailingMark', actual: '，', line: 3, column: 7},
      ],
    },
    {
      name: 'HTML 中附件名称分段',
      format: 'html',
      text: '<p>附件：1.甲</p><p>2.乙；</p><p>国务院办公厅</p>',
      output: '<p>附件：1.甲</p><p>2.乙；</p><p>国务院办公厅</p>',
      errors: [{messageId: 'trailingMark', actual: '；'}],
    },
  ],
})
