import {ruleTester} from '@shenjiao/core/testing'
import rule from './quanli-quanli.js'

ruleTester.run(rule, {
  valid: [
    {name: '规范写法', text: '权利和义务相统一；国家权力机关；民事权利能力。'},
    {name: '其余场合不查', text: '依法行使权力，保障合法权利。'},
  ],
  invalid: [
    {
      name: '权力能力',
      text: '公民具有权力能力。',
      output: '公民具有权力能力。',
      errors: [{messageId: 'quanli', actual: '力', expected: ['利'], column: 6, endColumn: 7, fixable: 'suggest'}],
    },
    {
      name: '权力义务',
      text: '明确权力义务。',
      output: '明确权力义务。',
      errors: [{messageId: 'quanli', column: 4}],
    },
    {
      name: '权利机关（安全修复）',
      text: '地方国家权利机关。',
      output: '地方国家权力机关。',
      errors: [{messageId: 'quanli', actual: '利', expected: ['力'], column: 6, fixable: 'safe'}],
    },
  ],
})
