import {ruleTester} from '@shenjiao/core/testing'
import rule from './bixu-bixu.js'

ruleTester.run(rule, {
  valid: [
    {name: '必需品', text: '保障生活必需品供应。'},
    {name: '所必需的', text: '这是维护稳定所必需的。'},
    {name: '必需 + 名词', text: '按照工作必需、厉行节约的原则。'},
    {name: '必须 + 动词', text: '必须加强管理。'},
  ],
  invalid: [
    {
      name: '必需 + 动词',
      text: '必需加强管理。',
      output: '必需加强管理。',
      errors: [{messageId: 'bixu', actual: '需', expected: ['须'], column: 2, endColumn: 3, fixable: 'suggest'}],
    },
    {
      name: '必需 + 副词',
      text: '问题必需尽快解决。',
      output: '问题必需尽快解决。',
      errors: [{messageId: 'bixu', column: 4}],
    },
    {
      name: '必须品（安全修复）',
      text: '生活必须品。',
      output: '生活必需品。',
      errors: [{messageId: 'bixu', actual: '须', expected: ['需'], column: 4, fixable: 'safe'}],
    },
  ],
})
