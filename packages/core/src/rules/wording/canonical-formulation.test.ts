import {check} from '@shenjiao/core'
import {ruleTester} from '@shenjiao/core/testing'
import {expect, it} from 'vitest'
import rule from './canonical-formulation.js'

ruleTester.run(rule, {
  valid: [
    {name: '规范写法', text: '坚持和完善人民代表大会制度，推进国家治理体系和治理能力现代化。'},
    {name: '引号内的规范提法', text: '坚决做到“两个维护”，深刻领悟“两个确立”的决定性意义。'},
    {name: '漏掉整词后仍是正确短语', text: '清除妨碍全国统一市场的各种关卡。'},
    {name: '词序不同的正确说法（短表述不查颠倒）', text: '扎实推进乡村全面振兴，形成城乡融合发展新格局。'},
    {name: '近似串跨越词边界：其中|中央', text: '其中中央财政赤字9500亿元。'},
    {name: '近似串跨越词边界：职业|教育|国家', text: '设立中等职业教育国家奖学金。'},
    {name: '末字替换成虚词、与后文成词', text: '保持生态环境不恶化。'},
    {name: '届次不同不是颠倒', text: '按照党的十二大所确定的战略部署。'},
  ],
  invalid: [
    {
      name: '同音字',
      text: '深入学习贯彻习近平新时代中国特色社会主意思想。',
      output: '深入学习贯彻习近平新时代中国特色社会主义思想。',
      errors: [{messageId: 'nearMiss', actual: '习近平新时代中国特色社会主意思想', expected: ['习近平新时代中国特色社会主义思想'], column: 7, fixable: 'safe'}],
    },
    {
      name: '词语颠倒',
      text: '深入学习新时代习近平中国特色社会主义思想。',
      output: '深入学习习近平新时代中国特色社会主义思想。',
      errors: [{messageId: 'nearMiss', actual: '新时代习近平中国特色社会主义思想', column: 5}],
    },
    {
      name: '引号内的短提法只给建议',
      text: '坚决做到“两个维户”。',
      output: '坚决做到“两个维户”。',
      errors: [{messageId: 'nearMiss', actual: '两个维户', expected: ['两个维护'], column: 6, endColumn: 10, fixable: 'suggest'}],
    },
    {
      name: '引号跨在近似串中间时保留引号',
      text: '践行“三个代表”重要思相。',
      output: '践行“三个代表”重要思想。',
      errors: [{messageId: 'nearMiss', actual: '三个代表”重要思相', expected: ['三个代表”重要思想']}],
    },
    {
      name: '顿号写成逗号（抽查通报实例）',
      text: '开展“不忘初心，牢记使命”主题教育。',
      output: '开展“不忘初心、牢记使命”主题教育。',
      errors: [{messageId: 'nearMiss', actual: '不忘初心，牢记使命'}],
    },
    {
      name: '多字',
      text: '坚持中国特色色社会主义。',
      output: '坚持中国特色社会主义。',
      errors: [{messageId: 'nearMiss', actual: '中国特色色社会主义'}],
    },
    {
      name: '国名错字',
      text: '中华人民共合国成立以来',
      output: '中华人民共和国成立以来',
      errors: [{messageId: 'nearMiss', actual: '中华人民共合国', column: 1}],
    },
    {
      name: '机构名称错字',
      text: '国务院办工厅关于印发方案的通知',
      output: '国务院办公厅关于印发方案的通知',
      errors: [{messageId: 'nearMiss', actual: '国务院办工厅'}],
    },
    {
      name: '政策用语只给建议',
      text: '推进政务服务一网通半。',
      output: '推进政务服务一网通半。',
      errors: [{messageId: 'nearMiss', actual: '一网通半', expected: ['一网通办'], fixable: 'suggest'}],
    },
  ],
})

it('reports slips in political formulations as errors and in policy terms as warnings', () => {
  const config = {rules: {[rule.id]: rule.severity}}
  const severities = check('全面从严治档，推进一网通半。', {format: 'text', config}).map((finding) => [finding.actual, finding.severity])
  expect(severities).toEqual([
    ['全面从严治档', 'error'],
    ['一网通半', 'warning'],
  ])
})
