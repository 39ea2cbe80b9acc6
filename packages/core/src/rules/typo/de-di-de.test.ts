import {ruleTester} from '@shenjiao/core/testing'
import rule from './de-di-de.js'

ruleTester.run(rule, {
  valid: [
    {name: '“的”在名词前', text: '以认真的态度对待工作，他是认真的人。'},
    {name: '轻动词后是名词化的动词', text: '进行认真的学习，给予积极的支持。'},
    {name: '轻动词带“了”', text: '各单位开展了深入的学习。'},
    {name: '“推动作用”是名词', text: '将起到积极的推动作用。'},
    {name: '动词后接普通名词构成名词短语', text: '了解有效的实施情况。'},
    {name: '动词后接“的”', text: '这是深入的学习的成果。'},
    {name: '“地”“得”已用对', text: '扎实地推进工作，完成得很好。'},
    {name: '“的很多”是名词性结构', text: '政府做的很多。'},
    {name: '书名号中的标题照录', text: '学习《认真的落实》一文。'},
    {name: '补语后还有内容，可能是名词性主语', text: '落实的很好的经验要推广。'},
  ],
  invalid: [
    {
      name: '方式词 + 的 + 动词',
      text: '要认真的落实党中央部署。',
      output: '要认真的落实党中央部署。',
      errors: [{messageId: 'di', actual: '的', expected: ['地'], column: 4, endColumn: 5, fixable: 'suggest'}],
    },
    {
      name: '方式词 + 的 + 动词 + 动名词宾语',
      text: '各部门要积极的开展工作。',
      output: '各部门要积极的开展工作。',
      errors: [{messageId: 'di', actual: '的', column: 7}],
    },
    {
      name: '分词器合成的动词短语（推进改革）',
      text: '我们要积极的推进改革。',
      output: '我们要积极的推进改革。',
      errors: [{messageId: 'di', actual: '的', column: 6}],
    },
    {
      name: '动词 + 的 + 程度副词 + 形容词，分句结束',
      text: '今年工作开展的非常扎实。',
      output: '今年工作开展的非常扎实。',
      errors: [{messageId: 'de', actual: '的', expected: ['得'], column: 7}],
    },
    {
      name: '分词器把“很快”切成一个词',
      text: '经济发展的很快，',
      output: '经济发展的很快，',
      errors: [{messageId: 'de', actual: '的', column: 5}],
    },
  ],
})
