import {ruleTester} from '@shenjiao/core/testing'
import rule from './dash-form.js'

ruleTester.run(rule, {
  valid: [
    {name: '一字线连接年份', text: '2022—2023年'},
    {name: '一字线连接地名', text: '北京—上海特别旅客快车'},
    {name: '一字线连接专名', text: '授予“云—端融合系统的资源反射机制”项目'},
    {name: '数字间的“--”归数字规则', text: '第3--5页'},
    {name: '英文命令行参数', text: 'Run with --fix now.'},
    {name: '三个及以上的线是画线（填空线、分隔线）', text: '姓名：————　单位：------'},
    {name: '单个 U+2015 在数字间是范围，归数字规则', text: '发生5―6级地震'},
  ],
  invalid: [
    {
      name: '段首的两个连字符（分项列举）',
      text: '　　--我们要推动经济发展再上新台阶。',
      output: '　　——我们要推动经济发展再上新台阶。',
      errors: [{messageId: 'form', actual: '--', expected: ['——'], column: 3, endColumn: 5}],
    },
    {
      name: '单个一字线紧挨点号，是破折号',
      text: '他说：—我们一定完成任务。',
      output: '他说：——我们一定完成任务。',
      errors: [{messageId: 'form', actual: '—', column: 4}],
    },
    {
      name: '第二行行首的单个一字线',
      text: '主要成就：\n—经济总体回升向好。',
      output: '主要成就：\n——经济总体回升向好。',
      errors: [{messageId: 'form', line: 2, column: 1}],
    },
    {
      name: '全角连字符',
      text: '政府网站－－政务公开的第一平台',
      output: '政府网站——政务公开的第一平台',
      errors: [{messageId: 'form', actual: '－－', column: 5}],
    },
    {
      name: 'U+2015 的破折号',
      text: '政府网站――政务公开的第一平台',
      output: '政府网站——政务公开的第一平台',
      errors: [{messageId: 'form', actual: '――', column: 5}],
    },
  ],
})
