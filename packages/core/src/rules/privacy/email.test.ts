import {ruleTester} from '@shenjiao/core/testing'
import rule from './email.js'

ruleTester.run(rule, {
  valid: [
    {name: '机构邮箱名', text: '申请人可发送至xxgk@example.gov.cn。'},
    {name: '没有归属的邮箱', text: '电子邮箱：wangfang@163.com。'},
    {name: '工作人员的邮箱', text: '联系人：王芳，邮箱：wangfang@163.com。'},
    {name: '已脱敏', text: '申请人邮箱：w***@163.com。'},
    {name: '同一分句中的机关名称', text: '申请人可向区民政局邮箱wangfang@163.com反映。'},
    {name: '不是邮箱', text: '申请人@所有人：请于5月1日前提交。'},
  ],
  invalid: [
    {
      name: '人名之后',
      text: '王芳（wang.fang1988@qq.com）反映。',
      output: '王芳（wang.fang1988@qq.com）反映。',
      errors: [{messageId: 'exposed', actual: 'w***@qq.com', column: 4}],
    },
    {
      name: '句末的点不属于邮箱',
      text: '本人邮箱zhang3@sina.com.',
      output: '本人邮箱zhang3@sina.com.',
      errors: [{messageId: 'exposed', actual: 'z***@sina.com', endColumn: 20}],
    },
  ],
})
