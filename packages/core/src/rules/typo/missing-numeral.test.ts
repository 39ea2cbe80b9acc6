import {ruleTester} from '@shenjiao/core/testing'
import rule from './missing-numeral.js'

ruleTester.run(rule, {
  valid: [
    {name: '有数词', text: '新开通一个服务窗口，建立了三项制度。'},
    {name: '有指示代词', text: '引进这批设备，成立那家公司。'},
    {name: '单音节动词带“个”是口语格式', text: '打个比方，先吃个饭再见个面。'},
    {name: '“个人”“个体”是词', text: '建立个人收入申报制度，扶持个体工商户。'},
    {name: '“条件”“条例”“项目”是词', text: '创造条件，修订条例，实施项目。'},
    {name: '“家庭”“国家”是词', text: '帮扶困难家庭，建设现代化国家。'},
    {name: '“批准”“批复”是词', text: '报请国务院批准，收到批复。'},
    {name: '“个税”是词，不是量词加名词', text: '下调个税起征点。'},
    {name: '“每个”“各项”“整个”是词', text: '落实每个环节、各项措施和整个流程。'},
    {name: '“个位数”是词', text: '物价涨幅控制在个位数。'},
  ],
  invalid: [
    {
      name: '动词 + 个 + 名词',
      text: '开通了个服务窗口。',
      output: '开通了个服务窗口。',
      errors: [{messageId: 'missing', actual: '个', expected: ['一个'], column: 4, endColumn: 5, fixable: 'suggest'}],
    },
    {
      name: '动词 + 了 + 项 + 名词',
      text: '建立了项制度。',
      output: '建立了项制度。',
      errors: [{messageId: 'missing', actual: '项', expected: ['一项'], column: 4}],
    },
    {
      name: '量词和名词之间有单音节形容词',
      text: '市里建立了项新制度。',
      output: '市里建立了项新制度。',
      errors: [{messageId: 'missing', actual: '项', column: 6}],
    },
    {
      name: '动词 + 了 + 家 + 名词',
      text: '新区成立了家公司。',
      output: '新区成立了家公司。',
      errors: [{messageId: 'missing', actual: '家', expected: ['一家']}],
    },
    {
      name: '动词 + 了 + 批 + 名词',
      text: '发布了批文件。',
      output: '发布了批文件。',
      errors: [{messageId: 'missing', actual: '批', expected: ['一批']}],
    },
  ],
})
