import {ruleTester} from '@shenjiao/core/testing'
import rule from './range-connector.js'

ruleTester.run(rule, {
  valid: [
    {name: '一字线和浪纹线是正确写法', text: '2015—2020年，增长6.5%～7%，每袋25～30g，9:00—17:00办公。'},
    {name: '电话号码（区号有前导零）', text: '联系电话：010-88842603，传真0571-87654321。'},
    {name: '电话号码前有提示词', text: '咨询电话6666-8888转人工服务。'},
    {name: 'GB/T 7408 全数字日期', text: '会议于2024-05-01召开，2024-5-1报到。'},
    {name: '图表和公式编号', text: '详见图2-8、表3-1和公式（2-1）。'},
    {name: '附件编号', text: '请填写附件1-2。'},
    {name: '标准编号', text: '依据GB/T 15834-2011和GB 11643-1999执行。'},
    {name: '产品型号', text: '车型CR400-AF运行良好，型号ABC-123。'},
    {name: '书号等多段编号', text: '书号ISBN 978-7-5000-1234-5。'},
    {name: '门牌号和文号', text: '复兴门外大街1-3号楼，100-2号院。'},
    {name: '前数不小于后数，是编号不是范围', text: '第3-1班，2024-5月报。'},
    {name: '负数范围', text: '气温-5～-1℃。'},
    {name: '后面没有单位或量词，不能断定是范围', text: '比分为10-20，版本1.2-3。'},
    {name: '单位不同、不是日期的不算范围', text: '刑期3年-5个月，12月-1月。'},
  ],
  invalid: [
    {
      name: '年份范围用短横线，优先建议一字线',
      text: '实施《纲要（2011-2020年）》。',
      output: '实施《纲要（2011-2020年）》。',
      errors: [{messageId: 'range', actual: '-', expected: ['—', '～'], column: 11}],
    },
    {
      name: '没有“年”的两个年份也是范围',
      text: '规划期为2021-2035，分两个阶段。',
      output: '规划期为2021-2035，分两个阶段。',
      errors: [{messageId: 'range', actual: '-', expected: ['—', '～'], column: 9}],
    },
    {
      name: '百分数范围（全角短横线）',
      text: '国内生产总值增长6.5%－7%。',
      output: '国内生产总值增长6.5%－7%。',
      errors: [{messageId: 'range', actual: '－', expected: ['～', '—'], column: 13}],
    },
    {
      name: '时刻范围',
      text: '办公时间9:00-17:00。',
      output: '办公时间9:00-17:00。',
      errors: [{messageId: 'range', actual: '-', expected: ['—', '～'], column: 9}],
    },
    {
      name: '半字线、〜和两侧空格；月数是数量，优先浪纹线',
      text: '组织3–12个月的见习，每次3 〜 5天。',
      output: '组织3–12个月的见习，每次3 〜 5天。',
      errors: [
        {messageId: 'range', actual: '–', expected: ['～', '—'], column: 4},
        {messageId: 'range', actual: ' 〜 ', expected: ['～', '—'], column: 16, endColumn: 19},
      ],
    },
    {
      name: '条款范围和金额（四位数的金额不是年份）',
      text: '第3-5条适用于1000-2000元的项目。',
      output: '第3-5条适用于1000-2000元的项目。',
      errors: [
        {messageId: 'range', actual: '-', expected: ['～', '—'], column: 3},
        {messageId: 'range', actual: '-', expected: ['～', '—'], column: 13, fixable: 'suggest'},
      ],
    },
    {
      name: '两端都带日期单位的范围，跨月的也算',
      text: '5月8日-10日，3月-5月，5月8日-6月10日。',
      output: '5月8日-10日，3月-5月，5月8日-6月10日。',
      errors: [
        {messageId: 'range', actual: '-', expected: ['—', '～'], column: 5},
        {messageId: 'range', actual: '-', expected: ['—', '～'], column: 12},
        {messageId: 'range', actual: '-', expected: ['—', '～'], column: 20},
      ],
    },
    {
      name: '拉丁字母单位',
      text: '宽度1-5mm，长度0.5-2km。',
      output: '宽度1-5mm，长度0.5-2km。',
      errors: [
        {messageId: 'range', actual: '-', column: 4},
        {messageId: 'range', actual: '-', column: 14},
      ],
    },
  ],
})
