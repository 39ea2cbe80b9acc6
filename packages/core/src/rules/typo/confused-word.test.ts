import {check, rules} from '@shenjiao/core'
import {ruleTester} from '@shenjiao/core/testing'
import {describe, expect, it} from 'vitest'
import rule from './confused-word.js'

ruleTester.run(rule, {
  valid: [
    {name: '正确的公文用语', text: '扎实推进扫黑除恶专项斗争，认真部署各项工作，再接再厉。'},
    {name: '“中华人民共和国”', text: '中华人民共和国国务院令。'},
    {name: '“坏境”跨在“破坏｜境内”两个词上，不报', text: '严禁破坏境内文物。'},
    {name: '“他门”跨在“其他｜门类”两个词上，不报', text: '其他门类的艺术也要繁荣发展。'},
    {name: '“即然”跨在“立即｜然后”两个词上，不报', text: '发现问题要立即然后逐级上报。'},
    {name: '没有汉字的文本', text: 'Hello, world.'},
    {
      name: '项目词典（dictionary.replace）中已有的词对由 typo/user-dictionary 报告，本规则不重复报告',
      text: '认真部暑安全生产工作。',
      config: {dictionary: {allow: [], replace: {部暑: '部署'}}},
    },
    {name: '项目认可的词（dictionary.allow）中不报', text: '认真部暑安全生产工作。', config: {dictionary: {allow: ['部暑'], replace: {}}}},
  ],
  invalid: [
    {
      name: '同音字：部暑（分词器当作未登录词）',
      text: '认真部暑安全生产工作。',
      output: '认真部署安全生产工作。',
      errors: [{messageId: 'confused', actual: '部暑', expected: ['部署'], column: 3, endColumn: 5, fixable: 'safe'}],
    },
    {
      name: '同音字：共合国（在“中华人民”之后）',
      text: '中华人民共合国成立七十五周年。',
      output: '中华人民共和国成立七十五周年。',
      errors: [{messageId: 'confused', actual: '共合国', expected: ['共和国'], column: 5, endColumn: 8}],
    },
    {
      name: '五笔误击：扫黑险恶（分成“扫黑｜险恶”两个词，首尾仍在词边界上）',
      text: '深入开展扫黑险恶专项斗争。',
      output: '深入开展扫黑除恶专项斗争。',
      errors: [{messageId: 'confused', actual: '扫黑险恶', expected: ['扫黑除恶'], column: 5}],
    },
    {
      name: '形近字：攻府',
      text: '市攻府办公室印发通知。',
      output: '市政府办公室印发通知。',
      errors: [{messageId: 'confused', actual: '攻府', expected: ['政府'], column: 2}],
    },
    {
      name: '成语错字：jieba 词典收了误写的“再接再励”，仍然要报',
      text: '希望大家再接再励，取得更大成绩。',
      output: '希望大家再接再厉，取得更大成绩。',
      errors: [{messageId: 'confused', actual: '再接再励', expected: ['再接再厉']}],
    },
    {
      name: '成语错字：按步就班',
      text: '工作要按步就班地推进。',
      output: '工作要按部就班地推进。',
      errors: [{messageId: 'confused', actual: '按步就班', expected: ['按部就班']}],
    },
    {
      name: '不够确定的词对降为 warning，只给建议',
      text: '保护生态坏境。',
      output: '保护生态坏境。',
      errors: [{messageId: 'confused', actual: '坏境', expected: ['环境'], fixable: 'suggest'}],
    },
  ],
})

describe('typo/confused-word severity', () => {
  const only = {rules: Object.fromEntries(rules.map((each) => [each.id, each.id === rule.id ? rule.severity : 'off']))}
  it('reports a certain pair as an error and an uncertain one as a warning', () => {
    const findings = check('认真部暑保护生态坏境的工作。', {format: 'text', config: only})
    expect(findings.map((finding) => [finding.actual, finding.severity])).toEqual([
      ['部暑', 'error'],
      ['坏境', 'warning'],
    ])
  })
})
