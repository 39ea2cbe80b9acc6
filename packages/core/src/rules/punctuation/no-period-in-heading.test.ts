import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-period-in-heading.js'

ruleTester.run(rule, {
  valid: [
    {name: '正文段落的句号', text: '关于开展自查工作的通知。'},
    {name: '标题引用整句，句号在引号内', format: 'markdown', text: '# 总理说：“要抓好落实。”'},
    {name: '标题中间的句号不在末尾', format: 'markdown', text: '# 稳中求进。推动高质量发展'},
  ],
  invalid: [
    {
      name: 'Markdown 标题末尾的句号',
      format: 'markdown',
      text: '## 一、总体要求。',
      output: '## 一、总体要求',
      errors: [{messageId: 'period', actual: '。', expected: [''], column: 10}],
    },
    {
      name: 'HTML 标题末尾的句号，后有空格',
      format: 'html',
      text: '<h1>关于印发政府网站发展指引的通知。 </h1>',
      output: '<h1>关于印发政府网站发展指引的通知 </h1>',
      errors: [{messageId: 'period', line: 1, column: 20}],
    },
    {
      name: 'HTML 的 title 元素',
      format: 'html',
      text: '<html><head><title>政策解读。</title></head><body><p>正文。</p></body></html>',
      output: '<html><head><title>政策解读</title></head><body><p>正文。</p></body></html>',
      errors: [{messageId: 'period', column: 24}],
    },
  ],
})
