import {ruleTester} from '@shenjiao/core/testing'
import rule from './nested-marks.js'

ruleTester.run(rule, {
  valid: [
    {name: '三层引号：双、单、双', text: '他说：“报告指出‘要落实“放管服”改革’。”'},
    {name: '并列的引号不是套用', text: '“日”“月”构成“明”字。'},
    {name: '未配对时不判断层次', text: '他说：“文件要求“同步发布”。'},
    {name: '不含汉字的尖括号是记号', text: '内积〈x, y〉的定义见“附录”。'},
    {name: '括号里的引号仍是第一层', text: '（简称“一网通办”）'},
  ],
  invalid: [
    {
      name: '双引号里套双引号',
      text: '他说：“文件要求“同步发布”。”',
      output: '他说：“文件要求“同步发布”。”',
      errors: [{messageId: 'quote', actual: '“同步发布”', expected: ['‘同步发布’'], column: 9, endColumn: 15, fixable: 'suggest'}],
    },
    {
      name: '内外颠倒的引号，两层都报',
      text: '他说：‘文件要求“同步发布”。’',
      output: '他说：‘文件要求“同步发布”。’',
      errors: [
        {messageId: 'quote', expected: ['“文件要求“同步发布”。”'], column: 4},
        {messageId: 'quote', expected: ['‘同步发布’'], column: 9},
      ],
    },
    {
      name: '单独使用的单书名号',
      text: '〈中国工人〉发刊词',
      output: '《中国工人》发刊词',
      errors: [{messageId: 'title', actual: '〈中国工人〉', expected: ['《中国工人》'], fixable: 'safe'}],
    },
  ],
})
