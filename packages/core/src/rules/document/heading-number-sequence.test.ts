import {ruleTester} from '@shenjiao/core/testing'
import rule from './heading-number-sequence.js'

ruleTester.run(rule, {
  valid: [
    {name: '上一级序号后下一级重新编号', text: '各单位：\n一、甲\n（一）子\n（二）丑\n二、乙\n（一）寅\n1.卯\n（二）辰\n1.巳'},
    {name: '嵌套的列举从 1 重编，之后接上原序号', text: '各单位：\n三、甲\n四、乙\n一、子\n二、丑\n三、寅\n五、丙'},
    {name: '节选从中间开始', text: '（三）加强督查\n（四）严肃问责'},
    {name: '序号变小多为引用，不报告', text: '各单位：\n（四）甲\n（二）乙'},
    {name: '附件另起一份文件', text: '各单位：\n一、甲\n二、乙\n附件\n某某办法\n一、总则\n二、细则'},
    {name: '附件说明的顺序号另起', text: '各单位：\n1.甲\n2.乙\n附件：2.丙\n3.丁'},
    {name: '附件页标识后另起编号', text: '各单位：\n一、甲\n二、乙\n附件2\n四、丁\n五、戊'},
    {name: '段中的“一是”“二是”不算', text: '各单位：\n一、甲\n一是加强领导，三是落实责任。\n二、乙'},
    {
      name: 'Markdown 有序列表的编号由渲染器生成',
      format: 'markdown',
      text: '各单位：\n\n1.甲\n\n2. 乙\n3. 丙\n\n4.丁',
    },
    {name: 'Markdown 中无序号的标题使各级重新编号', format: 'markdown', text: '一、甲\n\n## 附件\n\n三、丙'},
    {name: '表格中的编号不算', format: 'html', text: '<p>（一）甲</p><table><tr><td>（三）乙</td></tr></table><p>（二）丙</p>'},
  ],
  invalid: [
    {
      name: '跳号',
      text: '各单位：\n一、总体要求\n（一）明确责任\n（三）强化保障',
      output: '各单位：\n一、总体要求\n（一）明确责任\n（三）强化保障',
      errors: [{messageId: 'gap', actual: '（三）', expected: ['（二）'], line: 4, column: 1, endColumn: 4, fixable: 'suggest'}],
    },
    {
      name: '跳过多个号',
      text: '各单位：\n1.甲\n2.乙\n5.戊',
      output: '各单位：\n1.甲\n2.乙\n5.戊',
      errors: [{messageId: 'gap', actual: '5', expected: ['3'], message: '层次序号不连续：“2”之后是“5”，缺少“3…4”'}],
    },
    {
      name: '重号',
      text: '各单位：\n（1）甲\n（2）乙\n（2）丙',
      output: '各单位：\n（1）甲\n（2）乙\n（2）丙',
      errors: [{messageId: 'repeated', actual: '（2）', expected: ['（3）'], line: 4}],
    },
    {
      name: '读完全文后报告在前面的段落上（Markdown 多个段落）',
      format: 'markdown',
      text: '各单位：\n\n## 一、总体要求\n\n（一）明确责任\n\n（三）强化保障\n\n## 二、工作任务\n\n（一）细化措施\n\n（二）加强督查',
      output: '各单位：\n\n## 一、总体要求\n\n（一）明确责任\n\n（三）强化保障\n\n## 二、工作任务\n\n（一）细化措施\n\n（二）加强督查',
      errors: [{messageId: 'gap', actual: '（三）', line: 7, column: 1, endColumn: 4}],
    },
    {
      name: 'HTML 段落中的跳号，半角括号也认作二级序号',
      format: 'html',
      text: '<p>一、甲</p><p>二、乙</p><h2>四、丁</h2><p>(一)子</p><p>(二)丑</p>',
      output: '<p>一、甲</p><p>二、乙</p><h2>四、丁</h2><p>(一)子</p><p>(二)丑</p>',
      errors: [{messageId: 'gap', actual: '四', expected: ['三'], line: 1, column: 25}],
    },
  ],
})
