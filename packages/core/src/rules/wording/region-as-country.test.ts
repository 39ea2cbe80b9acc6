import {ruleTester} from '@shenjiao/core/testing'
import rule from './region-as-country.js'

ruleTester.run(rule, {
  valid: [
    {name: '已写“国家和地区”', text: '来自美国、日本、台湾等国家和地区的客商参会。'},
    {name: '写作“国家（地区）”', text: '美国、香港等国家（地区）的投资者。'},
    {name: '港澳已称“地区”', text: '加强与香港、澳门等地区及新加坡等国家的合作。'},
    {name: '列举中没有港澳台', text: '美国、日本、韩国等国家的客商。'},
    {name: '“中国台湾”不是并列', text: '中国台湾地区的选手参赛。'},
    {name: '港澳不在同一分句', text: '香港、澳门经济稳定，美国、日本等国家经济放缓。'},
  ],
  invalid: [
    {
      name: '台湾与国家并列',
      text: '来自美国、日本、台湾等国家的客商参会。',
      output: '来自美国、日本、台湾等国家和地区的客商参会。',
      errors: [{messageId: 'countries', actual: '国家', expected: ['国家和地区'], column: 12, endColumn: 14}],
    },
    {
      name: '带数量的“等N个国家”',
      text: '产品出口到美国、香港、新加坡等20个国家。',
      output: '产品出口到美国、香港、新加坡等20个国家和地区。',
      errors: [{messageId: 'countries', column: 19}],
    },
    {
      name: '括注中含台湾',
      text: '共有50多个国家（含台湾）参展。',
      output: '共有50多个国家和地区（含台湾）参展。',
      errors: [{messageId: 'countries', column: 7}],
    },
    {
      name: '中国与香港并列',
      text: '中国与香港签署协议。',
      output: '中国与香港签署协议。',
      errors: [{messageId: 'china', actual: '中国与香港', expected: ['内地与香港'], fixable: 'suggest'}],
    },
  ],
})
