import {ruleTester} from '@shenjiao/core/testing'
import rule from './suspicious-character.js'

ruleTester.run(rule, {
  valid: [
    {name: '规范的公文句子', text: '各级政府要切实履行职责，加快转变政府职能，进一步优化营商环境。'},
    {name: '法律条文', text: '当事人对行政复议决定不服的，可以自收到复议决定书之日起十五日内向人民法院提起诉讼。'},
    {name: '医疗用语', text: '患者术后应定期复查肝功能，遵医嘱服用阿莫西林胶囊。'},
    {name: '常作单字词的虚词不受怀疑', text: '领导班子由中央或地方党委管理。'},
    {name: '不含汉字', text: 'GDP grew by 5.2 percent in 2023.'},
    {name: '项目词典中允许的词里不报', text: '深入开展扫黑险恶专项斗争。', config: {dictionary: {allow: ['扫黑险恶']}}},
    {name: '项目词典的错词归 typo/user-dictionary 报告，不重复', text: '请认真部暑落实。', config: {dictionary: {replace: {部暑: '部署'}}}},
  ],
  invalid: [
    {
      name: '同音字：部暑 → 部署',
      text: '各地区各部门要认真贯彻落实党中央决策部暑。',
      output: '各地区各部门要认真贯彻落实党中央决策部暑。',
      errors: [{messageId: 'suspicious', actual: '暑', expected: ['署'], column: 20, endColumn: 21, fixable: 'suggest'}],
    },
    {
      name: '形近字（五笔）：扫黑险恶 → 扫黑除恶',
      text: '深入开展扫黑险恶专项斗争。',
      output: '深入开展扫黑险恶专项斗争。',
      errors: [{messageId: 'suspicious', actual: '险', expected: ['除'], column: 7}],
    },
    {
      name: '固定提法中的同音字：改格开放 → 改革开放',
      text: '全面深化改格开放。',
      output: '全面深化改格开放。',
      errors: [{messageId: 'suspicious', actual: '格', column: 6}],
    },
    {
      name: '一句两处错字',
      text: '坚决打赢脱贫功坚战，依法严历打击违法犯罪活动。',
      output: '坚决打赢脱贫功坚战，依法严历打击违法犯罪活动。',
      errors: [
        {messageId: 'suspicious', actual: '功', expected: ['攻'], column: 7},
        {messageId: 'suspicious', actual: '历', expected: ['厉'], column: 14},
      ],
    },
  ],
})
