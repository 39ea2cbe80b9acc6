import {ruleTester} from '@shenjiao/core/testing'
import rule from './yi-yi.js'

ruleTester.run(rule, {
  valid: [
    {name: '以经济建设为中心', text: '坚持以经济建设为中心。'},
    {name: '以经过', text: '事情以经过审查的材料为准。'},
    {name: '早已', text: '有关单位早已完成。'},
    {name: '企业以', text: '企业以质量求生存。'},
  ],
  invalid: [
    {
      name: '以经 + 动词',
      text: '任务以经完成。',
      output: '任务以经完成。',
      errors: [{messageId: 'yi', actual: '以', expected: ['已'], column: 3, endColumn: 4, fixable: 'suggest'}],
    },
    {
      name: '早以 + 动词',
      text: '该村早以成为示范村。',
      output: '该村早以成为示范村。',
      errors: [{messageId: 'yi', actual: '以', expected: ['已'], column: 4}],
    },
    {
      name: '业以 + 动词',
      text: '工程业以完成。',
      output: '工程业以完成。',
      errors: [{messageId: 'yi', actual: '以', expected: ['已'], column: 4}],
    },
  ],
})
