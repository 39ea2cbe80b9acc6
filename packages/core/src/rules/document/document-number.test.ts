import {ruleTester} from '@shenjiao/core/testing'
import rule from './document-number.js'

ruleTester.run(rule, {
  valid: [
    {name: '规范的发文字号', text: '国办发〔2018〕123号、国办秘函〔2019〕19号、中办发〔2012〕14号、国办发明电〔2020〕6号'},
    {name: '多字代字与部门代字', text: '国科发高〔2018〕235号、教职成〔2018〕8号、鄂政文〔2004〕15号'},
    {name: '引用格式正确', text: '《国务院关于印发政府网站发展指引的通知》（国办发〔2017〕47号）'},
    {name: '军队文号年份在前，代字在后', text: '关于迁址新建的请示（〔1996〕武司字第82号）收悉。'},
    {name: '法院案号', text: '原审案号为（2017）京0105民初123号。'},
    {name: '令号和公告编号用“第”是规范写法', text: '中华人民共和国国务院令第752号；国家税务总局公告2017年第5号。'},
    {name: '括号里的年份不接顺序号', text: '《中国统计年鉴（2018）》显示，2018年（2017年）增长6.6%。'},
    {name: '圆括号年份前没有代字不认作文号', text: '展位号为（2019）12号。'},
    {name: '“第”“年”不是代字的末字', text: '第（2019）12号展位，2019年（2018）5号。'},
    {name: '不像年份的数字', text: '国办发〔1234〕5号'},
    {name: '英文编号', text: 'ISO[2017]12号'},
    {name: '代字与括号间的空格不当作缺代字', text: '国办发 〔2017〕47号'},
    {name: '空格前不是汉字仍是缺代字以外的情形', text: '第 （2019）12号'},
  ],
  invalid: [
    {
      name: '方括号、半角圆括号、左右不配的括号',
      text: '国办发[2017]47号、国办发(2017)47号、国办发〔2017]47号',
      output: '国办发〔2017〕47号、国办发〔2017〕47号、国办发〔2017〕47号',
      errors: [
        {messageId: 'bracket', actual: '[2017]', expected: ['〔2017〕'], column: 4, endColumn: 10, fixable: 'safe'},
        {messageId: 'bracket', actual: '(2017)', column: 17, fixable: 'safe'},
        {messageId: 'bracket', actual: '〔2017]', column: 30, fixable: 'safe'},
      ],
    },
    {
      name: '全角圆括号和方头括号',
      text: '京政办发（2018）3号和苏政发［2018］4号、国发﹝2018﹞5号',
      output: '京政办发〔2018〕3号和苏政发〔2018〕4号、国发〔2018〕5号',
      errors: [
        {messageId: 'bracket', actual: '（2018）'},
        {messageId: 'bracket', actual: '［2018］'},
        {messageId: 'bracket', actual: '﹝2018﹞'},
      ],
    },
    {
      name: '代字与括号间有空格，括号照样改正',
      text: '见国办发　[2017]47号。',
      output: '见国办发　〔2017〕47号。',
      errors: [{messageId: 'bracket', actual: '[2017]', column: 6, fixable: 'safe'}],
    },
    {
      name: '虚位',
      text: '见国办发〔2017〕047号。',
      output: '见国办发〔2017〕47号。',
      errors: [{messageId: 'leadingZero', actual: '047', expected: ['47'], column: 11, endColumn: 14, fixable: 'safe'}],
    },
    {
      name: '“第”与虚位并存，一次改正',
      text: '见国办发〔2017〕第047号。',
      output: '见国办发〔2017〕47号。',
      errors: [{messageId: 'ordinal', actual: '第047', expected: ['47'], fixable: 'safe'}],
    },
    {
      name: '简写年份：七十年代以后的两位数按上世纪排在前面',
      text: '见国发〔98〕12号。',
      output: '见国发〔98〕12号。',
      errors: [{messageId: 'shortYear', actual: '98', expected: ['1998', '2098'], fixable: 'suggest'}],
    },
    {
      name: '年份简写时括号只给建议',
      text: '见国发[17]12号。',
      output: '见国发[17]12号。',
      errors: [
        {messageId: 'bracket', actual: '[17]', expected: ['〔17〕'], fixable: 'suggest'},
        {messageId: 'shortYear', expected: ['2017', '1917']},
      ],
    },
    {
      name: '缺代字：降为警告，括号问题只给建议',
      text: '详见该意见（[2019]12号）。',
      output: '详见该意见（[2019]12号）。',
      errors: [
        {messageId: 'bracket', fixable: 'suggest'},
        {messageId: 'missingCode', actual: '[2019]12号'},
      ],
    },
    {
      name: '括号前只有空格也是缺代字',
      text: '文号： [2019]12号',
      output: '文号： [2019]12号',
      errors: [
        {messageId: 'bracket', fixable: 'suggest'},
        {messageId: 'missingCode', actual: '[2019]12号'},
      ],
    },
    {
      name: '段首的缺代字文号',
      text: '各单位：\n〔2019〕12号文件已印发。',
      output: '各单位：\n〔2019〕12号文件已印发。',
      errors: [{messageId: 'missingCode', line: 2, column: 1, endColumn: 10}],
    },
  ],
})
