import {defineRule} from '../../engine/rule.js'
import {reportPairs, type ContextPair} from './context/pairs.js'
import {tokenStartingAt} from '../shared/tokens.js'

/** Words for people: 其它 is only for things, so before these it must be 其他. */
const people: ReadonlySet<string> = new Set([
  '人', '人员', '人士', '人们', '同志', '成员', '代表', '委员', '干部', '群众', '职工', '员工', '同学', '学生', '教师',
  '老师', '领导', '个人', '公民', '党员', '股东', '当事人', '家属', '患者', '病人', '孩子', '儿童', '子女', '亲属',
])

const pairs: readonly ContextPair[] = [
  {wrong: '其它', right: '其他', safe: true, when: ({end, tokens}) => people.has(tokenStartingAt(tokens, end)?.text ?? '')},
]

export default defineRule({
  id: 'typo/qita-qita',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    qita: '“其它”只指事物，指人应为“其他”',
  },
  defaultOptions: {},
  create(context) {
    return {prose: (segment) => reportPairs(context, 'qita', pairs, segment)}
  },
})
