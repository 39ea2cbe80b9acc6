import {ruleTester} from '@shenjiao/core/testing'
import rule from './paired-marks.js'

ruleTester.run(rule, {
  valid: [
    {name: '外双内单的引号和外《》内〈〉的书名号', text: '他说：“要落实‘放管服’改革。”《关于〈政府工作报告〉的决议》'},
    {name: '括号里套书名号和引号', text: '详见附件（《政府网站发展指引》“第三部分”）。'},
    {name: '跨段引文：前段不闭合，后段以前引号开头', text: '他说：“第一段。\n“第二段。\n“第三段。”'},
    {name: '链接单独成行，书名号前后两半隔行', text: '认真贯彻《\n中华人民共和国公司法\n》，加快改革。'},
    {name: '括号被换行隔开（下标单独成行）', text: '细颗粒物（PM\n2.5\n）浓度下降。'},
    {name: '半角右括号与全角左括号配对，由 no-halfwidth-in-chinese 报告', text: '县（处)级干部参加培训。'},
    {name: '纯半角括号不归本规则', text: '函数f(x的定义'},
    {name: '年份缩写的撇号不是引号', text: '办好“中国’99昆明世界园艺博览会”。'},
    {name: '英文撇号', text: '引用“it’s time”一句。'},
    {name: '六角括号和方头括号', text: '国办发〔2017〕47号【新华社北京电】'},
  ],
  invalid: [
    {
      name: '缺后半的书名号',
      text: '根据《政府信息公开条例，制定本办法。',
      errors: [{messageId: 'unclosed', actual: '《', column: 3, endColumn: 4}],
    },
    {
      name: '缺前半的书名号（第二行行首）',
      text: '（四）战略重点\n纲要（草案）》对“十一五”时期作了部署。',
      errors: [{messageId: 'unopened', actual: '》', line: 2, column: 7}],
    },
    {
      name: '引号与书名号错配，作为一处报告',
      text: '新农村。“纲要（草案）》把解决问题放在首位。',
      errors: [{messageId: 'mismatched', actual: '“纲要（草案）》', column: 5, endColumn: 13}],
    },
    {
      name: '后引号打成前引号',
      text: '坚持“两个毫不动摇“的方针。',
      errors: [{messageId: 'reversed', actual: '“', expected: ['”'], column: 10}],
    },
    {
      name: '前引号打成后引号',
      text: '正在汇合成一个”五讲四美”的统一运动。',
      errors: [{messageId: 'reversed', actual: '”', expected: ['“'], column: 8}],
    },
    {
      name: '引文未闭合，且下一段不以引号开头',
      text: '他说：“要抓好落实。\n会议结束。\n散会。\n下午继续。',
      errors: [{messageId: 'unclosed', actual: '“', line: 1, column: 4}],
    },
    {
      name: '内层先开未闭，外层已闭',
      text: '（详见“附件）。',
      errors: [{messageId: 'unclosed', actual: '“', column: 4}],
    },
    {
      name: '多余的后括号',
      text: '会议强调）要抓好落实。',
      errors: [{messageId: 'unopened', actual: '）', column: 5}],
    },
  ],
})
