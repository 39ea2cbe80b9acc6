import {ruleTester} from '@shenjiao/core/testing'
import {describe, expect, it} from 'vitest'
import {check} from '../../engine/check.js'
import {fix} from '../../engine/fix.js'
import rule from './id-card.js'

ruleTester.run(rule, {
  valid: [
    {name: '已脱敏', text: '身份证号：110105********002X，110105××××××××002X，110105XXXXXXXX002X。'},
    {name: '事业单位统一社会信用代码全是数字也不是身份证号', text: '统一社会信用代码：12110000400000624X。'},
    {name: '注册号后的 15 位数字', text: '注册号：110105491231002。'},
    {name: '没有“身份证号”的 15 位数字不当作旧式身份证号', text: '项目编号110105491231002已入库。'},
    {name: '日期不成立的 18 位数字', text: '流水号123456789012345678已退款。'},
    {name: '校验不通过又没有“身份证号”的 18 位数字', text: '订单110105194912310021已发货。'},
    {name: '网址中的号码已被屏蔽', text: '详见https://www.example.gov.cn/11010519491231002X.html。'},
    {name: '更长的数字串中的一段', text: '编码1101051949123100211。'},
  ],
  invalid: [
    {
      name: '全角数字',
      text: '身份证号：１１０１０５１９４９１２３１００２Ｘ',
      output: '身份证号：１１０１０５１９４９１２３１００２Ｘ',
      errors: [{messageId: 'exposed', actual: '110105********002X', expected: ['110105********002X'], column: 6}],
    },
    {
      name: '按 6-8-4 分组',
      text: '身份证号 110105 19491231 002X',
      output: '身份证号 110105 19491231 002X',
      errors: [{messageId: 'exposed', actual: '110105 ******** 002X', column: 6, endColumn: 26}],
    },
    {
      name: '小写 x 校验码',
      text: '公民身份号码11010519491231002x。',
      output: '公民身份号码11010519491231002x。',
      errors: [{messageId: 'exposed', actual: '110105********002X'}],
    },
    {
      name: '表格行中的号码无须前置词',
      text: '1　张三　440305200001011235　南山区',
      output: '1　张三　440305200001011235　南山区',
      errors: [{messageId: 'exposed', actual: '440305********1235', column: 6}],
    },
    {
      name: '港澳台居民居住证号码',
      text: '居住证号码：810000199001010019。',
      output: '居住证号码：810000199001010019。',
      errors: [{messageId: 'exposed', actual: '810000********0019'}],
    },
    {
      name: '社保卡号就是身份证号',
      text: '社保卡号：11010519491231002X。',
      output: '社保卡号：11010519491231002X。',
      errors: [{messageId: 'exposed'}],
    },
    {
      name: '旧式 15 位号码',
      text: '身份证号：110105491231002。',
      output: '身份证号：110105491231002。',
      errors: [{messageId: 'exposed', actual: '110105*****1002'}],
    },
    {
      name: '出生日期不成立，但紧跟“身份证号码”',
      text: '身份证号码：110105198513010010。',
      output: '身份证号码：110105198513010010。',
      errors: [{messageId: 'unverified', actual: '110105********0010'}],
    },
    {
      name: '露出出生年份的脱敏形式，即使没有“身份证号”',
      text: '张某，11010519491231****。',
      output: '张某，11010519491231****。',
      errors: [{messageId: 'partial', actual: '110105************'}],
    },
  ],
})

describe('privacy/id-card findings', () => {
  const config = {rules: {'privacy/person-name': 'off' as const}}

  it('lowers the severity of a number that fails the check', () => {
    const [finding] = check('身份证号码：110105194912310021。', {config})
    expect(finding?.severity).toBe('warning')
  })

  it('never shows the number, and hashes it the same however it is written', () => {
    const findings = check('身份证号：11010519491231002X；身份证号：１１０１０５１９４９１２３１００２ｘ。', {config}).filter(
      (finding) => finding.ruleId === 'privacy/id-card',
    )
    expect(findings).toHaveLength(2)
    expect(JSON.stringify(findings)).not.toContain('19491231')
    expect(findings[0]?.hash).toMatch(/^[0-9a-f]{16}$/)
    expect(findings[1]?.hash).toBe(findings[0]?.hash)
  })

  it('masks only with the privacy opt-in', () => {
    const text = '身份证号：11010519491231002X。'
    expect(fix(text, {config}).output).toBe(text)
    expect(fix(text, {config, privacy: true}).output).toBe('身份证号：110105********002X。')
  })
})
