import {ruleTester} from '@shenjiao/core/testing'
import rule from './travel-permit.js'

ruleTester.run(rule, {
  valid: [
    {name: '药品批准文号', text: '国药准字H20051234。'},
    {name: '“证件号码”后的纯数字说不清是什么证件', text: '证件号码：12345678。'},
    {name: '已脱敏', text: '回乡证号码：H*****678。'},
  ],
  invalid: [
    {
      name: '回乡证带换发次数',
      text: '回乡证：H1234567801。',
      output: '回乡证：H1234567801。',
      errors: [{messageId: 'exposed', actual: 'H*******801', column: 5}],
    },
    {
      name: '“证件号码”后的往来港澳通行证',
      text: '证件号码：C12345678。',
      output: '证件号码：C12345678。',
      errors: [{messageId: 'exposed', actual: 'C*****678'}],
    },
    {
      name: '台湾居民来往大陆通行证',
      text: '台湾居民来往大陆通行证号码为12345678。',
      output: '台湾居民来往大陆通行证号码为12345678。',
      errors: [{messageId: 'exposed', actual: '*****678'}],
    },
  ],
})
