import {describe, expect, it} from 'vitest'
import {ruleIds} from '../rules/index.js'
import type {Format} from '../types.js'
import {check} from './check.js'
import type {Config} from './config.js'
import {fix} from './fix.js'

const halfwidth = 'punctuation/no-halfwidth-in-chinese'
const space = 'punctuation/no-space-in-chinese'
const dictionaryRule = 'typo/user-dictionary'

/** Only the named rules, at their default severity. */
function only(ids: readonly string[], extra: Omit<Config, 'rules'> = {}): Config {
  return {...extra, rules: Object.fromEntries([...ruleIds].filter((id) => !ids.includes(id)).map((id) => [id, 'off']))}
}

function summary(source: string, format: Format, config: Config): Array<[string, number, string]> {
  return check(source, {format, config}).map((finding) => [finding.ruleId, finding.offset, finding.actual])
}

describe('user dictionary: allow', () => {
  it('drops a finding that lies entirely inside an allowed word', () => {
    const config = only([halfwidth], {dictionary: {allow: ['智,慧政务']}})
    expect(summary('推进智,慧政务建设,提升效能', 'text', config)).toEqual([[halfwidth, 9, ',']])
  })

  it('keeps a finding that only overlaps an allowed word', () => {
    const config = only([halfwidth], {dictionary: {allow: ['吗?']}})
    expect(summary('这难道不是事实吗?!', 'text', config)).toEqual([[halfwidth, 8, '?!']])
    expect(summary('这难道不是事实吗?', 'text', config)).toEqual([])
  })

  it('matches allowed words in prose, across markup', () => {
    const config = only([dictionaryRule], {dictionary: {allow: ['展生会'], replace: {展生: '产生'}}})
    expect(summary('**展生**会今日开幕。', 'markdown', config)).toEqual([])
    expect(summary('<p><b>展生</b>会今日开幕。</p>', 'html', config)).toEqual([])
    expect(summary('会议展生了效果。', 'text', config)).toEqual([[dictionaryRule, 2, '展生']])
  })

  it('does nothing when empty', () => {
    expect(summary('中,文', 'text', only([halfwidth], {dictionary: {allow: []}}))).toEqual([[halfwidth, 1, ',']])
  })
})

describe('user dictionary: replace', () => {
  const config = only([dictionaryRule], {dictionary: {replace: {展生: '产生', 帐户: '账户'}}})

  it('reports each wrong word with its replacement at the exact source place', () => {
    const source = '\uFEFF请核对帐户信息，\r\n避免展生差错。'
    const findings = check(source, {format: 'text', config})
    expect(findings.map((finding) => [finding.offset, finding.actual, finding.expected, finding.line, finding.column])).toEqual([
      [3, '帐户', ['账户'], 1, 4],
      [12, '展生', ['产生'], 2, 3],
    ])
    expect(findings.every((finding) => finding.fixable === 'safe' && finding.severity === 'error')).toBe(true)
    expect(fix(source, {format: 'text', config}).output).toBe('请核对账户信息，\r\n避免产生差错。')
  })

  it('only suggests the replacement when markup splits the word', () => {
    const source = '会议**展**生了效果。'
    const [finding] = check(source, {format: 'markdown', config})
    expect(finding).toMatchObject({offset: 4, length: 4, actual: '展**生', fixable: 'suggest'})
    expect(fix(source, {format: 'markdown', config}).output).toBe(source)
  })

  it('replaces a word written with character references as a whole', () => {
    const source = '<p>会议&#x5C55;生了效果。</p>'
    const [finding] = check(source, {format: 'html', config})
    expect(finding).toMatchObject({actual: '&#x5C55;生', fixable: 'safe'})
    expect(fix(source, {format: 'html', config}).output).toBe('<p>会议产生了效果。</p>')
  })

  it('reports nothing without a dictionary', () => {
    expect(summary('会议展生了效果。', 'text', only([dictionaryRule]))).toEqual([])
  })
})

describe('lintDocument', () => {
  it('never reports inside a URL in prose', () => {
    expect(summary('详见http://x.cn/a,b;c:d?e!f=1与www.gov.cn/c,d。', 'text', only([halfwidth]))).toEqual([])
  })

  it('reports the mark right after a URL, which belongs to the sentence', () => {
    expect(summary('详见http://www.gov.cn,请查阅', 'text', only([halfwidth]))).toEqual([[halfwidth, 19, ',']])
    expect(summary('详见(http://x.cn),谢谢', 'text', only([halfwidth])).map(([, offset, actual]) => [offset, actual])).toEqual([
      [2, '('],
      [14, ')'],
      [15, ','],
    ])
  })

  it('sorts findings by offset, then length, then rule id', () => {
    const source = '我们 加强,管理。\n中,文'
    const offsets = check(source, {format: 'text', config: only([halfwidth, space])}).map((finding) => finding.offset)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(offsets).toEqual([2, 5, 11])
  })

  it('fills the message and sets the rule fields', () => {
    const [finding] = check('中,文', {format: 'text', config: only([halfwidth])})
    expect(finding).toMatchObject({
      ruleId: halfwidth,
      category: 'punctuation',
      severity: 'error',
      message: '中文语境中出现半角“,”，应使用全角“，”',
      expected: ['，'],
      url: expect.stringMatching(/punctuation\/no-halfwidth-in-chinese\.md$/),
    })
  })

  it('uses the configured severity', () => {
    const config: Config = {rules: {...only([halfwidth]).rules, [halfwidth]: 'info'}}
    expect(check('中,文', {format: 'text', config})[0]!.severity).toBe('info')
  })
})

describe('segments: links and hidden content', () => {
  const hidden = 'security/no-hidden-content'

  it('hands rules the spans of HTML blocks, located in the source through the block map', () => {
    const source = '<p>见&amp;<span hidden>藏</span><a href="http://x.example/" style="opacity:0"></a></p>'
    expect(summary(source, 'html', only([hidden]))).toEqual([
      [hidden, 22, '藏'],
      [hidden, 30, '<a href="http://x.example/" style="opacity:0"></a>'],
    ])
  })

  it('gives plain text no spans', () => {
    expect(summary('见藏', 'text', only([hidden]))).toEqual([])
  })
})
