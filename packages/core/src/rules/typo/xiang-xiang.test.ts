import {ruleTester} from '@shenjiao/core/testing'
import rule from './xiang-xiang.js'

ruleTester.run(rule, {
  valid: [
    {name: '象字词', text: '现象、形象、对象、印象、气象、象征、抽象、想象、象棋。'},
    {name: '大象', text: '动物园有一头象，还有大象。'},
    {name: '动物“象”', text: '一头象走过来，象群迁移引发关注，野生象进入村庄。'},
    {name: '繁体“現象”被分词器拆开', text: '平均主義現象還沒有克服。'},
    {name: '“象”被分词器并入后面的未登录片段（現｜象展）', text: '官僚主義現象展開大規模的鬥爭。'},
    {name: '规范写法', text: '就像一面镜子，好像没有问题。'},
    {name: '句末的“象”', text: '这是一种新气象。'},
    {name: '分词器拆开的未登录词（法｜象）', text: '法象万千。'},
  ],
  invalid: [
    {
      name: '好象（固定词，安全修复）',
      text: '好象没有问题。',
      output: '好像没有问题。',
      errors: [{messageId: 'xiang', actual: '象', expected: ['像'], column: 2, endColumn: 3, fixable: 'safe'}],
    },
    {
      name: '单独的“象……一样”只给建议',
      text: '我们象雨后春笋一样。',
      output: '我们象雨后春笋一样。',
      errors: [{messageId: 'xiang', actual: '象', expected: ['像'], column: 3, fixable: 'suggest'}],
    },
    {
      name: '分词器合成的未登录片段“要象”',
      text: '我们要象大庆那样。',
      output: '我们要象大庆那样。',
      errors: [{messageId: 'xiang', column: 4, fixable: 'suggest'}],
    },
    {
      name: '相象',
      text: '两者十分相象。',
      output: '两者十分相像。',
      errors: [{messageId: 'xiang', column: 6}],
    },
  ],
})
