import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-arabic-approximation.js'

ruleTester.run(rule, {
  valid: [
    {name: '汉字概数', text: '每组三四个人，每次两三天。'},
    {name: '月份是两项', text: '1、2月份累计增长5%，3、4月持平。'},
    {name: '序数', text: '第3、4条另有规定。'},
    {name: '条款下的项', text: '依照本办法第三条1、2项的规定，第五款1、2项除外。'},
    {name: '年级', text: '1、2年级学生。'},
    {name: '三项以上的列举', text: '分1、2、3个阶段推进。'},
    {name: '不相邻的两个数', text: '3、5个批次。'},
    {name: '多位数', text: '12、13个。'},
  ],
  invalid: [
    {
      name: '相邻数字加顿号表概数',
      text: '用3、4年时间，选派5、6名干部，每次1、2个人。',
      output: '用3、4年时间，选派5、6名干部，每次1、2个人。',
      errors: [
        {messageId: 'approximation', actual: '3、4', expected: ['三四'], column: 2},
        {messageId: 'approximation', actual: '5、6', expected: ['五六'], column: 11},
        {messageId: 'approximation', actual: '1、2', expected: ['一两'], column: 20},
      ],
    },
  ],
})
