import {ruleTester} from '@shenjiao/core/testing'
import rule from './person-name.js'

ruleTester.run(rule, {
  valid: [
    {name: '没有个人信息的人名', text: '王芳副省长出席会议并讲话。'},
    {name: '工作人员', text: '经办人：刘建国，电话：13912345678。'},
    {name: '已写作“姓 + 某”', text: '当事人张某，身份证号码：11010519491231002X。'},
    {name: '个人信息已脱敏', text: '当事人张三丰，身份证号码：110105********002X。'},
    {name: '不在同一句', text: '申请人张三丰已到场。身份证号码：11010519491231002X。'},
  ],
  invalid: [
    {
      name: '同一句中的两个人名',
      text: '随军家属贾淑珍的配偶熊秀英，军官证号：1234567。',
      output: '随军家属贾淑珍的配偶熊秀英，军官证号：1234567。',
      errors: [
        {messageId: 'exposed', actual: '贾某某', column: 5},
        {messageId: 'exposed', actual: '熊某某', column: 11},
      ],
    },
    {
      name: '复姓',
      text: '欧阳娜娜，手机13800138000。',
      output: '欧阳娜娜，手机13800138000。',
      errors: [{messageId: 'exposed', actual: '欧阳某某', column: 1, endColumn: 5}],
    },
    {
      name: '一个人名旁有多项信息只报告一次',
      text: '户主李建华，家庭电话0571-88776655，住址：浙江省杭州市西湖区文三路8号。',
      output: '户主李建华，家庭电话0571-88776655，住址：浙江省杭州市西湖区文三路8号。',
      errors: [{messageId: 'exposed', actual: '李某某', column: 3}],
    },
  ],
})
