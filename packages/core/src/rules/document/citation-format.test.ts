import {ruleTester} from '@shenjiao/core/testing'
import rule from './citation-format.js'

ruleTester.run(rule, {
  valid: [
    {name: '规范引用', text: '《国务院关于机构设置的通知》（国发〔2018〕6号）'},
    {name: '引用标题中套标题', text: '《国务院办公厅印发〈关于全面推进政务公开工作的意见〉实施细则的通知》（国办发〔2016〕80号）'},
    {name: '首次完整引用后单独引文号', text: '国办发〔2016〕80号文件印发后，各地认真落实。'},
    {name: '半角括号由 no-halfwidth-in-chinese 报告', text: '详见《通知》(国办发〔2017〕47号)。'},
    {name: '书名号后接文号以外的内容', text: '《通知》印发后，国办发〔2017〕47号同时执行。'},
    {name: '书名号后是另一份文件的文号', text: '《意见》和国办发〔2018〕7号同时废止。'},
    {name: '文号后的书名号隔着分句', text: '国办发〔2017〕47号，《通知》已印发。'},
  ],
  invalid: [
    {
      name: '标题后紧接文号',
      text: '《关于加强管理的意见》粤府函〔2019〕8号',
      errors: [{messageId: 'unbracketed', actual: '粤府函〔2019〕8号', expected: ['（粤府函〔2019〕8号）'], column: 12, fixable: 'suggest'}],
      output: '《关于加强管理的意见》粤府函〔2019〕8号',
    },
    {
      name: '文号外用方头括号',
      text: '《关于加强管理的意见》【粤府函〔2019〕8号】',
      errors: [{messageId: 'wrongBracket', actual: '【粤府函〔2019〕8号】', expected: ['（粤府函〔2019〕8号）']}],
      output: '《关于加强管理的意见》【粤府函〔2019〕8号】',
    },
    {
      name: '文号在前：“和”“根据”等不算进代字',
      text: '《意见》（国发〔2018〕6号）和国办发〔2018〕7号《通知》',
      errors: [{messageId: 'order', actual: '国办发〔2018〕7号《通知》', expected: ['《通知》（国办发〔2018〕7号）']}],
      output: '《意见》（国发〔2018〕6号）和国办发〔2018〕7号《通知》',
    },
    {
      name: '文号在前，前面是标点',
      text: '现将国办发〔2018〕7号、京政办发〔2018〕8号《通知》转发。',
      errors: [{messageId: 'order', actual: '京政办发〔2018〕8号《通知》'}],
      output: '现将国办发〔2018〕7号、京政办发〔2018〕8号《通知》转发。',
    },
  ],
})
