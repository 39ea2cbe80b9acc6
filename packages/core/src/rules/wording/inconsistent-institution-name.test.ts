import {ruleTester} from '@shenjiao/core/testing'
import rule from './inconsistent-institution-name.js'

ruleTester.run(rule, {
  valid: [
    {name: '简称截取词中的字', text: '市住房和城乡建设局（以下简称市住建局）负责审批，市住建局要加强监督。'},
    {name: '只差“和”', text: '市住房和城乡建设局负责审批，市住房城乡建设局负责监督。'},
    {name: '不同级别、不同类别', text: '市财政局会同省财政厅、市教育局办理。'},
    {name: '修饰语开头的泛称', text: '北京市财政局与各区财政局共同负责。'},
    {name: '“城市”不是地名', text: '城市管理局与市城市建设管理局。'},
    {name: '同一名称重复出现', text: '市城市管理局负责，市城市管理局监督。'},
  ],
  invalid: [
    {
      name: '同一段内两种全称',
      text: '市城市管理局负责市容管理，市城市建设管理局负责审批。',
      errors: [{messageId: 'inconsistent', actual: '市城市建设管理局', column: 14, endColumn: 22}],
    },
    {
      name: '跨段落：报后出现者，指出前文段落',
      text: '杭州市自然资源和规划局发布通告。\n\n杭州市自然资源局负责解释。',
      errors: [{messageId: 'inconsistent', actual: '市自然资源局', line: 3}],
    },
  ],
})
