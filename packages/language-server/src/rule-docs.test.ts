import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {defaultRuleDocDirs, parseRuleDoc, RuleDocs} from './rule-docs.js'

const doc = `# punctuation/example

第一段说明。
第一段续行。

- 依据：GB/T 15834—2011《标点符号用法》第4章 · 修复：安全 · 预设：recommended（error）

## 示例

\`\`\`text ok
正确,示例。
\`\`\`

\`\`\`markdown not-ok
错误示例
\`\`\`

\`\`\`text output
1:3-1:4: 消息
\`\`\`

## 何时关闭

\`\`\`html ok
<!-- 不算示例 -->
\`\`\`
`

describe('parseRuleDoc', () => {
  it('reads the explanation, the standard and the examples of the 示例 section', () => {
    expect(parseRuleDoc(doc, '/x.md')).toEqual({
      file: '/x.md',
      summary: '第一段说明。\n第一段续行。',
      basis: 'GB/T 15834—2011《标点符号用法》第4章',
      correct: [{language: 'text', code: '正确,示例。'}],
      incorrect: [{language: 'markdown', code: '错误示例'}],
    })
  })

  it('leaves out what a document lacks', () => {
    expect(parseRuleDoc('# typo/x\n\n只有说明。\n', '/y.md')).toEqual({file: '/y.md', summary: '只有说明。', basis: undefined, correct: [], incorrect: []})
  })
})

describe('RuleDocs', () => {
  it('finds the installed core documents by default', () => {
    const docs = new RuleDocs(defaultRuleDocDirs())
    const found = docs.get('punctuation/no-halfwidth-in-chinese')
    expect(found?.basis).toMatch(/^GB\/T 15834/)
    expect(found?.incorrect.length).toBeGreaterThan(0)
  })

  it('reads the first folder that has the document and remembers a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shenjiao-docs-'))
    mkdirSync(join(dir, 'punctuation'))
    writeFileSync(join(dir, 'punctuation/example.md'), doc)
    const docs = new RuleDocs([join(dir, 'missing'), dir])
    expect(docs.get('punctuation/example')?.file).toBe(join(dir, 'punctuation/example.md'))
    expect(docs.get('typo/none')).toBeUndefined()
    expect(docs.get('../../etc/passwd')).toBeUndefined()
  })
})
