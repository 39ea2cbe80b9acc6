import {ruleTester} from '@shenjiao/core/testing'
import rule from './license-plate.js'

ruleTester.run(rule, {
  valid: [
    {name: '警用号牌', text: '京A1234警。'},
    {name: '三个以上字母不是号牌', text: '代号京ABCDE1。'},
    {name: '含 I、O 的不是号牌', text: '京A1234O。'},
    {name: '同一分句中的机关名称', text: '区城管局执法车辆沪A12345。'},
    {name: '拉丁字母串中的一段', text: 'ID京A12345X。'},
    {name: '已脱敏', text: '车辆粤B***45。'},
  ],
  invalid: [
    {
      name: '挂车与学习车号牌',
      text: '鲁B1234挂与鲁C12345学。',
      output: '鲁B1234挂与鲁C12345学。',
      errors: [{messageId: 'exposed', actual: '鲁C***45学', column: 9}],
    },
    {
      name: '大型新能源车',
      text: '车牌号为苏E12345D的车辆。',
      output: '车牌号为苏E12345D的车辆。',
      errors: [{messageId: 'exposed', actual: '苏E****5D'}],
    },
    {
      name: '全角字母与数字',
      text: '车辆京Ａ１２３４５已拖移。',
      output: '车辆京Ａ１２３４５已拖移。',
      errors: [{messageId: 'exposed', actual: '京A***45'}],
    },
  ],
})
