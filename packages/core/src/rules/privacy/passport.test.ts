import {ruleTester} from '@shenjiao/core/testing'
import rule from './passport.js'

ruleTester.run(rule, {
  valid: [
    {name: '没有“护照”的型号', text: '设备型号：E12345678。'},
    {name: '“护照”与号码之间隔着别的词', text: '护照有效期至20300501。'},
    {name: '“证件号码”后不是中国护照的形式', text: '证件号码：X1234567。'},
    {name: '已脱敏', text: '护照号码：E*****678。'},
  ],
  invalid: [
    {
      name: '新版 E 加字母',
      text: '护照号码（Passport No.）：EA1234567。',
      output: '护照号码（Passport No.）：EA1234567。',
      errors: [{messageId: 'exposed', actual: 'EA****567', column: 20}],
    },
    {
      name: '外国护照',
      text: '外籍人员护照号：X12345678。',
      output: '外籍人员护照号：X12345678。',
      errors: [{messageId: 'exposed', actual: 'X*****678'}],
    },
    {
      name: '“证件号码”后的中国护照',
      text: '证件号码：G12345678。',
      output: '证件号码：G12345678。',
      errors: [{messageId: 'exposed', actual: 'G*****678'}],
    },
  ],
})
