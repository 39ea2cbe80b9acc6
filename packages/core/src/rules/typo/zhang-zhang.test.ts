import {ruleTester} from '@shenjiao/core/testing'
import rule from './zhang-zhang.js'

ruleTester.run(rule, {
  valid: [
    {name: '布帐用“帐”', text: '搭起帐篷，挂好蚊帐。'},
    {name: '“进入帐篷”不是“入帐”', text: '群众进入帐篷休息。'},
    {name: '“帐本”归异形词规则', text: '翻开帐本。'},
    {name: '规范写法', text: '银行账户、台账、转账。'},
    {name: '书名号中的文件名照录原文', text: '依据《关于加强住房基金个人帐户管理的通知》执行。'},
  ],
  invalid: [
    {
      name: '分词器合成的长词中的“帐户”',
      text: '开立银行帐户。',
      output: '开立银行账户。',
      errors: [{messageId: 'zhang', actual: '帐', expected: ['账'], column: 5, endColumn: 6, fixable: 'safe'}],
    },
    {
      name: '呆帐、坏帐',
      text: '核销呆帐坏帐准备金。',
      output: '核销呆账坏账准备金。',
      errors: [
        {messageId: 'zhang', column: 4},
        {messageId: 'zhang', column: 6},
      ],
    },
    {
      name: '引号中的“一本帐”',
      text: '梳理安全“一本帐”。',
      output: '梳理安全“一本账”。',
      errors: [{messageId: 'zhang', column: 8}],
    },
  ],
})
