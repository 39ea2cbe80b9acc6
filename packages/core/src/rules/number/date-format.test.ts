import {ruleTester} from '@shenjiao/core/testing'
import rule from './date-format.js'

ruleTester.run(rule, {
  valid: [
    {name: '规范写法', text: '2024年5月1日，2024-05-01，2024-5-1，二〇二四年五月一日。'},
    {name: '期号、文号等编号', text: '方案2020-1号，刊物2020-1期。'},
    {name: '版本号', text: '系统已升级到V2024.5.1版本。'},
    {name: '年份范围不是年月', text: '2019-2021年，2022-12月。'},
    {name: '专名中的汉字月份', text: '1917年十月革命。'},
    {name: '版本号不是日期', text: '版本2.2024.1.1已发布。'},
    {name: '表格单元格中的圆点日期', format: 'markdown', text: '| 日期 |\n| --- |\n| 2024.5.1 |'},
  ],
  invalid: [
    {
      name: '斜线日期，补零的也改',
      text: '2024/05/01截止。',
      output: '2024/05/01截止。',
      errors: [{messageId: 'separated', actual: '2024/05/01', expected: ['2024年5月1日', '2024-05-01'], column: 1}],
    },
    {
      name: '阿拉伯数字年份配汉字月日',
      text: '1949年十月一日。',
      output: '1949年十月一日。',
      errors: [{messageId: 'mixed', actual: '1949年', expected: ['一九四九年'], column: 1}],
    },
    {
      name: '年月短横线式后接标点',
      text: '数据截至2023-12。',
      output: '数据截至2023-12。',
      errors: [{messageId: 'partial', actual: '2023-12', expected: ['2023年12月'], column: 5}],
    },
  ],
})
