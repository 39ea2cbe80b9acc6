import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {check} from '../engine/check.js'
import type {Config} from '../engine/config.js'
import type {Finding} from '../types.js'
import {getSegmenter, segmenterNames, tokenize, type SegmenterName, type Token} from './index.js'
import {withOffsets} from './segmenter.js'

/** Published government text (see its README); CI machines may not have it. */
const corpus =
  process.env.SHENJIAO_CORPUS ?? fileURLToPath(new URL('../../../../../shared/corpus/gov-text', import.meta.url))

/** Inputs that have tripped segmenters: layout spaces, mixed scripts, astral and control characters. */
const awkward = [
  '',
  '　　各位代表：',
  '今年 GDP 增长5.0%，CPI 涨幅 2% 左右。',
  '１２３４５ＡＢＣ全角数字与字母',
  '𠮷野家😀👨‍👩‍👧家庭，e\u0301 组合字符',
  '详见\uFFFC\uFFFC\uFFFC附件',
  '第一段\n第二段\n\n第四段\n',
  '第一段\r\n第二段\r第三段\r\n',
  '  \t前后空白\t  ',
  '\uFEFF开头\u00A0不换行空格\u200B零宽\u2028分行',
  '前\u0000后\u000B\u000C\u0085',
  '孤立代理\uD83D在中间，\uDC00在后\uFFFD真替换符\uD800',
  '三百六十行行行人才辈出，屠呦呦，年年都要',
  'x'.repeat(500),
]

/** Asserts that tokens tile `text`: contiguous, non-empty, and each one is its own slice. */
function expectTiling(text: string, tokens: readonly Token[]): void {
  expect(tokens.map((token) => token.text).join('')).toBe(text)
  let offset = 0
  for (const token of tokens) {
    expect(token.start).toBe(offset)
    expect(token.end).toBeGreaterThan(token.start)
    expect(text.slice(token.start, token.end)).toBe(token.text)
    offset = token.end
  }
  expect(offset).toBe(text.length)
}

/** The findings of `check` on plain text with one segmenter. */
function findings(text: string, segmenter: SegmenterName, config: Config = {}): Finding[] {
  return check(text, {format: 'text', config: {...config, segmenter}})
}

/** Every `.txt` file under the corpus folder. */
function corpusFiles(): string[] {
  return readdirSync(corpus, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.txt'))
    .sort()
}

function words(...pairs: Array<[string, string]>): Array<{word: string; tag: string}> {
  return pairs.map(([word, tag]) => ({word, tag}))
}

describe('withOffsets', () => {
  it('gives each word its offsets', () => {
    expect(withOffsets('进一步深化', words(['进一步', 'd'], ['深化', 'v']))).toEqual([
      {text: '进一步', start: 0, end: 3, tag: 'd'},
      {text: '深化', start: 3, end: 5, tag: 'v'},
    ])
  })

  it('counts UTF-16 code units, so an astral character is two', () => {
    const tokens = withOffsets('𠮷野家', words(['𠮷', 'x'], ['野家', 'x']))
    expect(tokens.map((token) => [token.start, token.end])).toEqual([
      [0, 2],
      [2, 4],
    ])
  })

  it('turns characters an adapter drops into x tokens, so tokens still tile the text', () => {
    const tokens = withOffsets('\u3000会议 召开\n', words(['会议', 'n'], ['召开', 'v']))
    expect(tokens.map((token) => [token.text, token.tag])).toEqual([
      ['\u3000', 'x'],
      ['会议', 'n'],
      [' ', 'x'],
      ['召开', 'v'],
      ['\n', 'x'],
    ])
  })

  it('matches the U+FFFD a native adapter sees for a lone surrogate, keeping the original text', () => {
    const text = '\uD83D替换\uFFFD'
    const tokens = withOffsets(text, words(['\uFFFD', 'x'], ['替换', 'v'], ['\uFFFD', 'x']))
    expect(tokens.map((token) => [token.text, token.start])).toEqual([
      ['\uD83D', 0],
      ['替换', 1],
      ['\uFFFD', 3],
    ])
  })

  it('skips words that are not in the text and empty words', () => {
    const tokens = withOffsets('的的', words(['', 'x'], ['地', 'uv'], ['的', 'uj'], ['的', 'uj']))
    expect(tokens.map((token) => [token.text, token.start])).toEqual([
      ['的', 0],
      ['的', 1],
    ])
  })

  it('gives an empty list for empty text', () => {
    expect(withOffsets('', [])).toEqual([])
  })
})

describe.each(segmenterNames)('segmenter %s', (name) => {
  const segmenter = getSegmenter(name)

  it.each(awkward)('tokens tile %j', (text) => {
    expectTiling(text, segmenter.tokenize(text))
  })

  it('tokens tile any mix of Han, spaces, ASCII, astral and control characters', () => {
    const unit = fc.oneof(
      fc.constantFrom('的', '进一步', '研究', '一个', '了', '　', ' ', '\t', '\n', '\r', '\r\n', '，', '。', '“', '”'),
      fc.constantFrom('a', 'Z', '0', '9', '.', '%', '１', '𠮷', '😀', '\u200D', '\uFFFC', '\uFEFF', '\uFFFD', '\uD83D'),
      fc.string({unit: 'binary', maxLength: 3}),
    )
    fc.assert(
      fc.property(fc.string({unit, maxLength: 40}), (text) => expectTiling(text, segmenter.tokenize(text))),
      {numRuns: 300},
    )
  })

  it('keeps jieba part-of-speech tags on Han words', () => {
    const tagged = segmenter.tokenize('会议研究研究了进一步进一步的的确确').map((token) => `${token.text}/${token.tag}`)
    expect(tagged).toEqual(['会议/n', '研究/vn', '研究/vn', '了/ul', '进一步/d', '进一步/d', '的的确确/d'])
  })

  it('keeps \\r as it is', () => {
    expect(segmenter.tokenize('甲\r乙').map((token) => token.text)).toEqual(['甲', '\r', '乙'])
  })

  it('segments a long paragraph slice by slice into the words of segmenting it whole', () => {
    const sentences = ['各地区各部门要坚持稳中求进工作总基调。', '深化“放管服”改革，优化营商环境！', '是否落实到位？', '加强统筹协调；', '推进政务公开\n']
    const text = Array.from({length: 1000}, (_, i) => sentences[i % sentences.length]).join('')
    expect(text.length).toBeGreaterThan(10_000)
    expect(tokenize(segmenter, text)).toEqual(segmenter.tokenize(text))
  })

  it('cuts a long paragraph without any sentence end at the limit, never inside a surrogate pair', () => {
    const text = '𠮷'.repeat(3000) + '，研究'.repeat(2000)
    const tokens = tokenize(segmenter, text)
    expectTiling(text, tokens)
    expect(tokens.every((token) => !/^[\uDC00-\uDFFF]/.test(token.text))).toBe(true)
  })
})

describe('the adapters differ only where their dictionaries do', () => {
  const rs = getSegmenter('node-rs-jieba')
  const nodejieba = getSegmenter('nodejieba')
  const texts = (tokens: readonly Token[]): string[] => tokens.map((token) => token.text)

  it('node-rs-jieba keeps \\r\\n together; nodejieba splits it (no rule reads line breaks)', () => {
    expect(texts(rs.tokenize('\r\n'))).toEqual(['\r\n'])
    expect(texts(nodejieba.tokenize('\r\n'))).toEqual(['\r', '\n'])
  })

  it('numbers: node-rs-jieba tags digits m and keeps 5.0% whole; nodejieba tags digits x', () => {
    expect(rs.tokenize('增长5.0%').map((token) => `${token.text}/${token.tag}`)).toEqual(['增长/v', '5.0%/m'])
    expect(nodejieba.tokenize('增长5.0%').map((token) => `${token.text}/${token.tag}`)).toEqual(['增长/v', '5.0/m', '%/x'])
    expect(rs.tokenize('1').map((token) => token.tag)).toEqual(['m'])
    expect(nodejieba.tokenize('1').map((token) => token.tag)).toEqual(['x'])
  })

  it('三百六十行行行: node-rs-jieba gives 行/行, nodejieba 行行; 行 is not never-doubled, so neither reports', () => {
    const text = '让三百六十行行行人才辈出。'
    expect(texts(rs.tokenize(text))).toContain('行')
    expect(texts(nodejieba.tokenize(text))).toContain('行行')
    expect(findings(text, 'node-rs-jieba')).toEqual([])
    expect(findings(text, 'nodejieba')).toEqual([])
  })

  it('typo/user-dictionary: an entry fires only where the adapter puts word boundaries', () => {
    const ids = (list: Finding[]): string[] => list.map((finding) => finding.actual)
    // node-rs-jieba splits 云/计算; nodejieba knows 云计算.
    const cloud = {dictionary: {replace: {计算: '核算'}}}
    expect(ids(findings('运用大数据、云计算等技术', 'node-rs-jieba', cloud))).toEqual(['计算'])
    expect(ids(findings('运用大数据、云计算等技术', 'nodejieba', cloud))).toEqual([])
    // nodejieba splits 放/管/服; node-rs-jieba knows 放管服.
    const reform = {dictionary: {replace: {放管: '放管服'}}}
    expect(ids(findings('深化“放管服”改革', 'node-rs-jieba', reform))).toEqual([])
    expect(ids(findings('深化“放管服”改革', 'nodejieba', reform))).toEqual(['放管'])
  })
})

describe('findings do not depend on the segmenter', () => {
  const sentences: Array<[string, string[]]> = [
    ['这是我们的的工作。', ['的的']],
    ['工作的的的重点', ['的的']],
    ['要进一步进一步深化改革。', ['进一步进一步']],
    ['在在全省范围内开展，和和各地协同。', ['在在', '和和']],
    ['我们我们要抓好落实。', ['我们我们']],
    ['会议研究研究了这个问题。', []],
    ['我们的的确确做到了。', []],
    ['问题不能不了了之。', []],
    ['一个一个地解决，一步一步走过来。', []],
    ['三百六十行行行人才辈出，年年都要紧抓不放。', []],
    ['　　各位代表:会议研究研究,进一步进一步推进 改革。', ['进一步进一步']],
  ]

  it.each(sentences)('%s', (text, repeated) => {
    const rs = findings(text, 'node-rs-jieba')
    expect(findings(text, 'nodejieba')).toEqual(rs)
    const found = rs
      .filter((finding) => finding.ruleId === 'typo/no-repeated-word')
      .map((finding) => finding.actual)
    expect(found).toEqual(repeated)
  })

  it.skipIf(!existsSync(corpus))('on the gov-text corpus', () => {
    const files = corpusFiles()
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const text = readFileSync(join(corpus, file), 'utf8')
      expect(findings(text, 'nodejieba'), file).toEqual(findings(text, 'node-rs-jieba'))
    }
  })
})
