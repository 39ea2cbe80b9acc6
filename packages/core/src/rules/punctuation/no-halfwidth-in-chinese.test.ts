import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-halfwidth-in-chinese.js'

ruleTester.run(rule, {
  valid: [
    {name: '发文字号年份的半角括号由 document/document-number 改为六角括号', text: '按照国办发(2017)47号文件要求办理。'},
    {name: '小数点不在检查之列，百分号照旧', text: '完成率达99.5%，同比提高0.3个百分点。'},
    {name: '时刻中的冒号两侧都是数字', text: '会议于10:30开始，12:00结束。'},
    {name: '网址内的标点已被屏蔽', text: '详见https://www.gov.cn/zhengce/index.htm?id=1,2;3:4，欢迎查阅。'},
    {name: '整句英文不是中文语境', text: 'Hello, world! How are you?'},
    {name: '引号里的英文原文照录', text: '他引用了“Hello, world!”这句话。'},
    {name: '千分位逗号两侧都是数字', text: '投资1,000万元，惠及12,500户。'},
    {name: '比例中的冒号', text: '比例尺为1:500。'},
    {name: '拉丁字母后不含汉字的括号是记号（函数、化学式）', text: '函数f(x)的值域为全体实数。'},
    {name: '字符实体的分号不是标点（CMS 导出的纯文本）', text: '中国&nbsp;政府网'},
    {name: '英文单词后的叹号', text: '参与Yahoo!的项目。'},
    {name: 'Markdown 行内代码不是正文', format: 'markdown', text: '运行`npm run build:docs,all`命令即可。'},
    {name: 'HTML 中 <code> 不是正文', format: 'html', text: '<p>运行<code>a,b;c</code>命令。</p>'},
  ],
  invalid: [
    {
      name: '序号的括号应为全角：（1）',
      text: '(1)加强组织领导。',
      output: '（1）加强组织领导。',
      errors: [
        {messageId: 'halfwidth', actual: '(', expected: ['（'], line: 1, column: 1},
        {messageId: 'halfwidth', actual: ')', expected: ['）'], line: 1, column: 3},
      ],
    },
    {
      name: '括号里是中文，即使前面是英文缩写',
      text: 'GDP(国内生产总值)增长5%。',
      output: 'GDP（国内生产总值）增长5%。',
      errors: [
        {messageId: 'halfwidth', actual: '(', column: 4},
        {messageId: 'halfwidth', actual: ')', column: 11},
      ],
    },
    {
      name: '中文后的英文缩写加括号，括号随中文用全角',
      text: '中国人民银行(PBOC)发布。',
      output: '中国人民银行（PBOC）发布。',
      errors: [
        {messageId: 'halfwidth', actual: '(', column: 7},
        {messageId: 'halfwidth', actual: ')', column: 12},
      ],
    },
    {
      name: '与全角括号配对的半角括号，括号里即使是英文也改为全角',
      text: '详见附图（Fig. 1)',
      output: '详见附图（Fig. 1）',
      errors: [{messageId: 'halfwidth', actual: ')', expected: ['）'], column: 12}],
    },
    {
      name: '半角左括号配全角右括号',
      text: '县(处）级干部',
      output: '县（处）级干部',
      errors: [{messageId: 'halfwidth', actual: '(', column: 2}],
    },
    {
      name: '连用的 ?! 作为一处报告，整体改为全角',
      text: '这难道不是事实吗?!',
      output: '这难道不是事实吗？！',
      errors: [{messageId: 'halfwidth', actual: '?!', expected: ['？！'], column: 9, endColumn: 11}],
    },
    {
      name: '称呼语后的冒号（政府工作报告开头）',
      text: '各位代表:',
      output: '各位代表：',
      errors: [{messageId: 'halfwidth', actual: ':', expected: ['：'], column: 5}],
    },
    {
      name: '冒号后是时刻，冒号本身仍在中文语境',
      text: '时间:10:30',
      output: '时间：10:30',
      errors: [{messageId: 'halfwidth', actual: ':', column: 3}],
    },
    {
      name: '分号后接中文',
      text: '免予缴纳个人所得税;在中国境内居住的',
      output: '免予缴纳个人所得税；在中国境内居住的',
      errors: [{messageId: 'halfwidth', actual: ';', column: 10}],
    },
    {
      name: '第二行的位置按行列计算',
      text: '第一段。\n调整农业结构,必须坚持',
      output: '第一段。\n调整农业结构，必须坚持',
      errors: [{messageId: 'halfwidth', actual: ',', line: 2, column: 7, endLine: 2, endColumn: 8}],
    },
    {
      name: 'Markdown 的加粗标记不影响语境',
      format: 'markdown',
      text: '**注意**:请按时提交。',
      output: '**注意**：请按时提交。',
      errors: [{messageId: 'halfwidth', actual: ':', column: 7}],
    },
    {
      name: 'Markdown 行内代码后的逗号仍在中文句中',
      format: 'markdown',
      text: '运行`make`,然后重启。',
      output: '运行`make`，然后重启。',
      errors: [{messageId: 'halfwidth', actual: ',', column: 9}],
    },
  ],
})
