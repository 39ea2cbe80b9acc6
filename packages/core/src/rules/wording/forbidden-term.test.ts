import {check} from '@shenjiao/core'
import {ruleTester} from '@shenjiao/core/testing'
import {expect, it} from 'vitest'
import rule from './forbidden-term.js'

ruleTester.run(rule, {
  valid: [
    {name: '“台独”加了引号', text: '坚决反对“台独”分裂行径。'},
    {name: '整个口号加了引号', text: '继续支持海外侨胞开展的“反台独、促统一”活动。'},
    {name: '中澳指中国与澳大利亚', text: '中澳自由贸易协定正式生效，中澳合作不断深化。'},
    {name: '数据中台不是“中台”并列', text: '加快建设政务数据中台。'},
    {name: '已判决的罪犯', text: '监狱依法对罪犯实施教育改造。'},
    {name: '成语中的“瞎子”', text: '不能瞎子摸象，要全面调研。'},
    {name: '“维族”只是词的一部分', text: '创新思维族群的特点。'},
    {name: '台湾“立法院”加了引号', text: '台湾“立法院”审议了该案。'},
    {name: '“立法院”不在涉台语境', text: '他讲述了中华民国时期立法院的历史沿革。'},
    {name: '人大常委会（不是“人大常委”）', text: '省人大常委会副主任出席会议。'},
    {name: '规范写法', text: '最高人民检察院检察长、审计署审计长、全国人大常委会副委员长出席。'},
  ],
  invalid: [
    {
      name: '台湾当作国家',
      text: '台湾政府宣布新措施。',
      output: '台湾政府宣布新措施。',
      errors: [{messageId: 'replace', actual: '台湾政府', expected: ['台湾当局', '台湾方面'], column: 1, fixable: 'suggest'}],
    },
    {
      name: '台湾领导人称“总统”，安全修复',
      text: '台湾总统选举结果公布。',
      output: '台湾地区领导人选举结果公布。',
      errors: [{messageId: 'replace', actual: '台湾总统', expected: ['台湾地区领导人'], fixable: 'safe'}],
    },
    {
      name: '“中港”后接表示双方关系的词',
      text: '推动中港合作迈上新台阶。',
      output: '推动中港合作迈上新台阶。',
      errors: [{messageId: 'replace', actual: '中港', expected: ['内地与香港', '京港', '沪港', '粤港'], column: 3}],
    },
    {
      name: '“中澳”在谈澳门的句子里',
      text: '澳门回归以来，中澳经贸往来日益密切。',
      output: '澳门回归以来，中澳经贸往来日益密切。',
      errors: [{messageId: 'replace', actual: '中澳', column: 8}],
    },
    {
      name: '“台独”未加引号',
      text: '坚决打击台独分裂势力。',
      output: '坚决打击“台独”分裂势力。',
      errors: [{messageId: 'quote', actual: '台独', expected: ['“台独”'], column: 5}],
    },
    {
      name: '涉台语境中未加引号的“立法院”',
      text: '台湾立法院通过该法案。',
      output: '台湾立法院通过该法案。',
      errors: [{messageId: 'replace', actual: '立法院', column: 3}],
    },
    {
      name: '侦查阶段称“罪犯”',
      text: '一名罪犯在逃，警方正在追捕。',
      output: '一名罪犯在逃，警方正在追捕。',
      errors: [{messageId: 'replace', actual: '罪犯', expected: ['犯罪嫌疑人']}],
    },
    {
      name: '民族名称简称',
      text: '维族群众载歌载舞。',
      output: '维吾尔族群众载歌载舞。',
      errors: [{messageId: 'replace', actual: '维族', expected: ['维吾尔族']}],
    },
    {
      name: '法定职务：省人大副主任',
      text: '省人大副主任出席。',
      output: '省人大常委会副主任出席。',
      errors: [{messageId: 'replace', actual: '人大副主任', column: 2}],
    },
    {
      name: 'XX省省委书记',
      text: '浙江省省委书记到会。',
      output: '浙江省委书记到会。',
      errors: [{messageId: 'replace', actual: '省省委书记', expected: ['省委书记'], column: 3}],
    },
    {
      name: '建议改写而无替换词',
      text: '这种药号称药到病除。',
      output: '这种药号称药到病除。',
      errors: [{messageId: 'avoid', actual: '药到病除', expected: []}],
    },
    {
      name: '世贸组织成员含单独关税区',
      text: '164个世界贸易组织成员国',
      output: '164个世界贸易组织成员',
      errors: [{messageId: 'replace', actual: '世界贸易组织成员国'}],
    },
  ],
})

it('reports sovereignty terms as errors and context-dependent ones as warnings', () => {
  const config = {rules: {[rule.id]: rule.severity}}
  const severities = check('台湾政府回应。坚决打击台独势力。', {format: 'text', config}).map((finding) => [finding.actual, finding.severity])
  expect(severities).toEqual([
    ['台湾政府', 'error'],
    ['台独', 'warning'],
  ])
})
