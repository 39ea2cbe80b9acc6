import {ruleTester} from '@shenjiao/core/testing'
import {describe, expect, it} from 'vitest'
import {check} from '../../engine/check.js'
import rule from './phone.js'

ruleTester.run(rule, {
  valid: [
    {name: '监督电话', text: '监督电话：13912345678。'},
    {name: '同一分句中的机关名称', text: '区民政局值守手机13912345678。'},
    {name: '机关的办公电话', text: '办公室电话：010-66778899，传真：010-66778800。'},
    {name: '没有归属私人的固定电话', text: '联系电话：0571-88776655。'},
    {name: '工作人员的办公电话', text: '联系人：王某，联系电话：0571-88776655。'},
    {name: '人名之后、号码之前提到机关', text: '请张三同志持本人身份证到区民政局领取证书，联系电话：0571-88776655。'},
    {name: '金额', text: '一般公共预算收入13800138000元。'},
    {name: '编号后的 11 位数字', text: '合同编号：13800138000。'},
    {name: '未分配的号段', text: '订单14012345678已签收。'},
    {name: '已脱敏', text: '申请人联系电话：138****5678、138 **** 5678。'},
    {name: '12345 与 400 电话', text: '拨打12345或400-800-1234咨询。'},
    {name: '按 4 位分组的卡号中的一段', text: '卡号6212 2685 0316 2395 789。'},
    {name: '邮箱名中的数字', text: '投稿邮箱13800138000@qq.com。'},
  ],
  invalid: [
    {
      name: '+86 与分组',
      text: '申请人联系方式：+86 138-0013-8000。',
      output: '申请人联系方式：+86 138-0013-8000。',
      errors: [{messageId: 'mobile', actual: '138-****-8000', column: 13}],
    },
    {
      name: '全角数字',
      text: '当事人手机：１３８００１３８０００。',
      output: '当事人手机：１３８００１３８０００。',
      errors: [{messageId: 'mobile', actual: '138****8000'}],
    },
    {
      name: '没有任何归属的手机号码也报告',
      text: '联系方式13912345678。',
      output: '联系方式13912345678。',
      errors: [{messageId: 'mobile'}],
    },
    {
      name: '家属的住宅电话（区号在括号中）',
      text: '其母亲王某，住宅电话（0571）88776655。',
      output: '其母亲王某，住宅电话（0571）88776655。',
      errors: [{messageId: 'landline', actual: '(0571)****6655'}],
    },
    {
      name: '没有区号的家庭电话',
      text: '户主李某，宅电：88776655。',
      output: '户主李某，宅电：88776655。',
      errors: [{messageId: 'landline', actual: '****6655'}],
    },
    {
      name: '只隐去两位',
      text: '申请人电话：138001380**。',
      output: '申请人电话：138001380**。',
      errors: [{messageId: 'partial', actual: '138****80**'}],
    },
  ],
})

describe('privacy/phone severity', () => {
  it('reports a staff contact’s mobile one step lower', () => {
    const [finding] = check('联系人：刘科长，手机：13912345678。', {config: {rules: {'privacy/person-name': 'off'}}})
    expect(finding?.ruleId).toBe('privacy/phone')
    expect(finding?.severity).toBe('warning')
  })
})
