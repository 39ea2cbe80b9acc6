import {ruleTester} from '@shenjiao/core/testing'
import rule from './variant-form.js'

ruleTester.run(rule, {
  valid: [
    {name: '推荐词形', text: '纪念活动要体现人才培养的成分。'},
    {name: '“个人｜材料”中的“人材”不是异形词', text: '请提交个人材料。'},
    {name: '“组成｜份额”中的“成份”', text: '资产组成份额不变。'},
    {name: '“确定｜单位”中的“定单”', text: '尽快确定单位名单。'},
    {name: '“每股｜分红”中的“股分”', text: '每股分红0.3元。'},
    {name: '“电磁｜器件”中的“磁器”', text: '电磁器件检测。'},
    {name: '“框架｜式”中的“架式”', text: '采用框架式结构。'},
    {name: '“上山｜查看”中的“山查”', text: '护林员上山查看火情。'},
    {name: '“加热｜中”中的“热中”', text: '设备正在加热中。'},
    {name: '“凑份子”是另一个词', text: '反对凑份子送礼。'},
    {name: '“标识”不报：政府网站标识码是规定用语', text: '网站应展示政府网站标识码。'},
    {name: '“原由”多为“原＋由”', text: '原由省政府负责的事项，下放至市级。'},
    {
      name: '项目词典（dictionary.replace）中已有的词对由 typo/user-dictionary 报告',
      text: '发挥多种经济成份的作用。',
      config: {dictionary: {allow: [], replace: {成份: '成分'}}},
    },
  ],
  invalid: [
    {
      name: '成份 → 成分',
      text: '发挥多种经济成份的作用。',
      output: '发挥多种经济成分的作用。',
      errors: [{messageId: 'variant', actual: '成份', expected: ['成分'], column: 7, endColumn: 9, fixable: 'safe'}],
    },
    {
      name: '人材 → 人才（自成一词时）',
      text: '大力培养人材。',
      output: '大力培养人才。',
      errors: [{messageId: 'variant', actual: '人材', expected: ['人才']}],
    },
    {
      name: '定货 → 订货',
      text: '实行加工定货。',
      output: '实行加工订货。',
      errors: [{messageId: 'variant', actual: '定货', expected: ['订货']}],
    },
    {
      name: '附录中含非规范字的异形词：傢具 → 家具',
      text: '购买傢具。',
      output: '购买家具。',
      errors: [{messageId: 'variant', actual: '傢具', expected: ['家具']}],
    },
  ],
})
