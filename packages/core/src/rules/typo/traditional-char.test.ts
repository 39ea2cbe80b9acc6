import {ruleTester} from '@shenjiao/core/testing'
import rule from './traditional-char.js'

ruleTester.run(rule, {
  valid: [
    {name: '规范的简体文本', text: '各部门要认真推进政务公开工作。'},
    {name: '书名号中的名称照录', text: '学习《中華人民共和國香港特別行政區基本法》。'},
    {name: '引号中的引文照录', text: '他题写了“為人民服務”几个字，我们要牢记。'},
    {name: '整段繁体（引用的繁体原文）', text: '中華人民共和國香港特別行政區政府發言人表示，將全力配合。'},
    {name: '通篇繁体书写的分句（香港地址）', text: '联系地址：香港灣仔港灣道18號。'},
    {name: '仍是规范字的字不报（乾坤、著作、于）', text: '扭转乾坤，著作等身，于是出发。'},
    {name: '只有繁体字的短段落，全文又不是明显的简体时不报', text: '政務公開\n\n欢迎访问。'},
  ],
  invalid: [
    {
      name: '简体分句中混入繁体字',
      text: '各部門要认真落实。',
      output: '各部门要认真落实。',
      errors: [{messageId: 'traditional', actual: '門', expected: ['门'], column: 3, endColumn: 4, fixable: 'safe'}],
    },
    {
      name: '分句中只有一个繁体字，所在段落是简体',
      text: '各單位：请于本周内报送材料。',
      output: '各单位：请于本周内报送材料。',
      errors: [{messageId: 'traditional', actual: '單', expected: ['单'], column: 2}],
    },
    {
      name: '只有繁体字的短段落（称呼、标题）按全文判断：全文是简体时报告',
      text: '各單位：\n\n请于本周内报送材料，按时完成各项工作任务，认真总结经验。',
      output: '各单位：\n\n请于本周内报送材料，按时完成各项工作任务，认真总结经验。',
      errors: [{messageId: 'traditional', actual: '單', expected: ['单'], line: 1, column: 2}],
    },
    {
      name: '一个分句中的几个繁体字都报',
      text: '這個问题要认真研究。',
      output: '这个问题要认真研究。',
      errors: [
        {messageId: 'traditional', actual: '這', expected: ['这'], column: 1},
        {messageId: 'traditional', actual: '個', expected: ['个'], column: 2},
      ],
    },
  ],
})
