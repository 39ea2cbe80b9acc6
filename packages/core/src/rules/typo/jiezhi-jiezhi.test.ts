import {ruleTester} from '@shenjiao/core/testing'
import rule from './jiezhi-jiezhi.js'

ruleTester.run(rule, {
  valid: [
    {name: '截至 + 时间点', text: '截至目前，全市已完成任务。'},
    {name: '截止 + 名词', text: '报名截止时间为6月1日，截止日期不变。'},
    {name: '截止到', text: '申报截止到5月31日。'},
    {name: '截止于', text: '活动截止于2024年底。'},
    {name: '报名截止', text: '报名已经截止。'},
    {name: '截至日前', text: '截至日前，已有300人报名。'},
    {name: '表头中的“截至”，日期在别的单元格', text: '数据截至'},
    {name: '冒号后给出时间', text: '统计截至：2024年5月底'},
  ],
  invalid: [
    {
      name: '截止 + 年份',
      text: '截止2023年底，累计投资5亿元。',
      output: '截止2023年底，累计投资5亿元。',
      errors: [{messageId: 'beforeTimePoint', actual: '截止', expected: ['截至'], column: 1, endColumn: 3, fixable: 'suggest'}],
    },
    {
      name: '截止目前',
      text: '截止目前，已受理申请。',
      output: '截止目前，已受理申请。',
      errors: [{messageId: 'beforeTimePoint', column: 1}],
    },
    {
      name: '截至 + 日期（名词）',
      text: '截至日期为5月1日。',
      output: '截至日期为5月1日。',
      errors: [{messageId: 'withoutTimePoint', actual: '截至', expected: ['截止'], column: 1}],
    },
    {
      name: '分句末尾的截至',
      text: '报名今日截至。',
      output: '报名今日截至。',
      errors: [{messageId: 'withoutTimePoint', column: 5}],
    },
  ],
})
