import {ruleTester} from '@shenjiao/core/testing'
import rule from './no-space-in-chinese.js'

ruleTester.run(rule, {
  valid: [
    {name: '段首两个全角空格是缩进', text: '　　各位代表，现在我代表国务院作报告。'},
    {name: '名单用全角空格对齐两字姓名和职务', text: '孙　尧　　教育部副部长'},
    {name: '条款号后的全角空格是公文格式', text: '第一条　根据《中华人民共和国政府信息公开条例》，制定本办法。'},
    {name: '字距拉开的标题（国 务 院）', text: '国 务 院'},
    {name: '中文与数字、拉丁字母之间的空格不判断（不增不删）', text: '2025年 GDP 增长5%，CPI 上涨2%。'},
    {name: '不换行空格（&nbsp;）是有意排版', format: 'html', text: '<p>推动高质量发展&nbsp;加快建设现代化产业体系</p>'},
    {name: '多个空格是对齐', text: '项目名称    负责单位'},
    {name: '引号是不定宽字符，其外侧补空是显示上的变通', text: '坚持 “米袋子”省长负责制。'},
    {name: '引号内侧的空格同样不判断', text: '合理确定“低保” 标准和保障对象补助水平。'},
    {name: '行首序号“一、”后的空格（序号在第二行行首）', text: '政府工作报告\n一、 过去五年工作回顾'},
    {name: '行首序号“（六）”后的空格（序号在第二行行首）', text: '四、政府自身建设\n（六） 更加注重社会建设'},
    {name: '联合发文机关之间按惯例空一格', text: '中共中央 国务院关于打赢脱贫攻坚战三年行动的指导意见'},
    {name: '三个联合发文机关', text: '教育部 国家发展改革委 财政部关于深化改革的意见'},
    {name: '名单中的姓名以空格分隔', text: '获奖名单：王小明 李华 张伟 赵丽娟'},
    {name: '“标签：值”字段之间的空格', text: '来源：新华社 作者：张三'},
    {name: '对仗标语的两半等长，以空格分隔', text: '主题：勠力同心谋新篇 砥砺前行开新局'},
    {name: '新闻标题以空格分隔分句（Markdown 标题）', format: 'markdown', text: '# 国务院常务会议 部署推进城市更新工作'},
    {name: '新闻标题以空格分隔分句（HTML 标题）', format: 'html', text: '<h1>国务院常务会议 部署推进城市更新工作</h1>'},
  ],
  invalid: [
    {
      name: '句中两个词之间的半角空格',
      text: '我们要 加强管理。',
      output: '我们要加强管理。',
      errors: [{messageId: 'space', actual: ' ', expected: [''], line: 1, column: 4, endColumn: 5}],
    },
    {
      name: '标点前的全角空格（全角空格只在汉字之间才算排版）',
      text: '会议强调　，要抓好落实。',
      output: '会议强调，要抓好落实。',
      errors: [{messageId: 'space', actual: '　', column: 5}],
    },
    {
      name: '句号前的空格',
      text: '工作取得新进展 。',
      output: '工作取得新进展。',
      errors: [{messageId: 'space', column: 8}],
    },
    {
      name: '句中的“一、”不是行首序号',
      text: '坚持统一、 规范管理。',
      output: '坚持统一、规范管理。',
      errors: [{messageId: 'space', column: 6}],
    },
    {
      name: '制表符',
      text: '要加快\t推进改革。',
      output: '要加快推进改革。',
      errors: [{messageId: 'space', actual: '\t', column: 4}],
    },
    {
      name: '机关名称后接的不是机关名称，不属联合发文',
      text: '按照国务院 要求抓好落实。',
      output: '按照国务院要求抓好落实。',
      errors: [{messageId: 'space', column: 6}],
    },
    {
      name: '长词之间的空格不是名单分隔',
      text: '市政府办公室组织 抽查',
      output: '市政府办公室组织抽查',
      errors: [{messageId: 'space', column: 9}],
    },
    {
      name: 'Markdown 表格单元格中的空格',
      format: 'markdown',
      text: '| 阶段 | 工作内容 |\n| --- | --- |\n| 抽查 | 市政府办公室组织 抽查 |',
      output: '| 阶段 | 工作内容 |\n| --- | --- |\n| 抽查 | 市政府办公室组织抽查 |',
      errors: [{messageId: 'space', line: 3, column: 16}],
    },
  ],
})
