import {ruleTester} from '@shenjiao/core/testing'
import rule from './signing-date.js'

ruleTester.run(rule, {
  valid: [
    {name: '规范的成文日期', text: '国务院\n2018年11月20日\n（此件公开发布）'},
    {name: '汉字数字的旧文件照录', text: '国务院办公厅\n二〇〇四年十一月四日'},
    {name: '正文中的日期不检查', text: '会议于2018年11月05日召开。\n2018年11月05日'},
    {name: '署名行有标点就不是署名', text: '特此通知。\n2018年11月05日'},
    {name: '发布日期栏不检查', text: '国务院办公厅\n发布日期：2018年12月02日'},
    {name: '元数据表格不检查', format: 'html', text: '<table><tr><td>国务院办公厅</td><td>1997年02月04日</td></tr></table>'},
  ],
  invalid: [
    {
      name: '月、日补零',
      text: '现通知如下。\n国务院办公厅\n2018年01月05日',
      output: '现通知如下。\n国务院办公厅\n2018年01月05日',
      errors: [{messageId: 'paddedDate', actual: '2018年01月05日', expected: ['2018年1月5日'], line: 3, column: 1, fixable: 'suggest'}],
    },
    {
      name: '联合署名、日期缩进',
      text: '现通知如下。\n教育部、财政部\n　　2019年12月09日',
      output: '现通知如下。\n教育部、财政部\n　　2019年12月09日',
      errors: [{messageId: 'paddedDate', expected: ['2019年12月9日'], line: 3, column: 3, endColumn: 14}],
    },
    {
      name: 'HTML 中署名和日期各占一段',
      format: 'html',
      text: '<p>现通知如下。</p><p style="text-align:right">国务院办公厅</p><p style="text-align:right">2018年11月05日</p>',
      output: '<p>现通知如下。</p><p style="text-align:right">国务院办公厅</p><p style="text-align:right">2018年11月05日</p>',
      errors: [{messageId: 'paddedDate', actual: '2018年11月05日'}],
    },
  ],
})
