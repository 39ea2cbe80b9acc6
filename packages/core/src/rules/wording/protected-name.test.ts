import {ruleTester} from '@shenjiao/core/testing'
import rule from './protected-name.js'

const local = {names: [{name: '杜家毫', titles: ['省委书记']}, {name: '王建明', titles: ['局长']}]}

ruleTester.run(rule, {
  valid: [
    {name: '姓名和职务都对', text: '习近平总书记主持会议，国务院总理李强出席。'},
    {name: '担任过的职务（历史文稿）', text: '1995年3月，李鹏总理作政府工作报告；朱镕基副总理出席。'},
    {name: '近似串跨越词边界', text: '这一数值接近平均水平。'},
    {name: '两字近似名没有职务相邻', text: '村民李墙反映情况。'},
    {name: '姓名后是普通词语', text: '李强同志强调。'},
    {name: '本地姓名写对', text: '杜家毫同志强调。', options: local},
    {name: '本地姓名和所列职务一致', text: '王建明局长出席。', options: local},
  ],
  invalid: [
    {
      name: '三字姓名同音误写',
      text: '王沪凝出席会议。',
      output: '王沪凝出席会议。',
      errors: [{messageId: 'nearMiss', actual: '王沪凝', expected: ['王沪宁'], column: 1, endColumn: 4, fixable: 'suggest'}],
    },
    {
      name: '两字姓名误写，前有职务',
      text: '国务院总理李墙主持会议。',
      output: '国务院总理李墙主持会议。',
      errors: [{messageId: 'nearMiss', actual: '李墙', expected: ['李强'], column: 6}],
    },
    {
      name: '两字姓名误写，后有职务',
      text: '李墙总理主持会议。',
      output: '李墙总理主持会议。',
      errors: [{messageId: 'nearMiss', actual: '李墙', column: 1}],
    },
    {
      name: '未担任过的职务',
      text: '温家宝总书记视察。',
      output: '温家宝总书记视察。',
      errors: [{messageId: 'wrongTitle', actual: '总书记', expected: [], column: 4}],
    },
    {
      name: '本地姓名误写（抽查通报实例）',
      text: '杜家豪同志强调，要抓好落实。',
      output: '杜家豪同志强调，要抓好落实。',
      options: local,
      errors: [{messageId: 'nearMiss', actual: '杜家豪', expected: ['杜家毫']}],
    },
    {
      name: '本地姓名后接他人的职务',
      text: '杜家毫局长出席。',
      output: '杜家毫局长出席。',
      options: local,
      errors: [{messageId: 'wrongTitle', actual: '局长'}],
    },
  ],
})
