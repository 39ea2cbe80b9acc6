import {describe, expect, it} from 'vitest'
import {defaultDetection, detectTypos} from './detect.js'

// Sentences written for these tests, not taken from the ECSpell development set.
describe('detectTypos', () => {
  it.each([
    ['国务院对此作出部暑，各地抓好落实。', '暑', '署'],
    ['深入开展扫黑险恶专项斗争。', '险', '除'],
    ['坚决打赢脱贫功坚战。', '功', '攻'],
    ['依法严历打击违法犯罪活动。', '历', '厉'],
    ['全面深化改格开放。', '格', '革'],
    ['坚持稳中求近工作总基调。', '近', '进'],
  ])('catches the typo in %s', (text, actual, expected) => {
    const [suspect, ...rest] = detectTypos(text)
    expect(rest).toEqual([])
    expect(suspect).toMatchObject({index: text.indexOf(actual), actual})
    expect(suspect!.expected[0]).toBe(expected)
  })

  it('reports the ranker\'s probability and stays quiet above it', () => {
    const text = '严格执行请示报告制渡。'
    const [suspect] = detectTypos(text)
    expect(suspect).toMatchObject({index: text.indexOf('渡'), actual: '渡', expected: ['度']})
    expect(suspect!.probability).toBeGreaterThanOrEqual(defaultDetection.threshold)
    expect(detectTypos(text, {...defaultDetection, threshold: suspect!.probability + 1e-9})).toEqual([])
  })

  it('lowers the threshold for further typos in a run that has one', () => {
    // One run of Han characters: 功 is certain, 挡 alone is not, until 功 is found.
    const text = '坚持全面从严治挡打赢脱贫功坚战'
    const strict = detectTypos(text, {...defaultDetection, followUpThreshold: defaultDetection.threshold})
    expect(strict.map(({actual}) => actual)).toEqual(['功'])
    const found = detectTypos(text)
    expect(found.map(({actual, expected}) => [actual, expected[0]])).toEqual([['挡', '党'], ['功', '攻']])
    expect(found[0]!.probability).toBeLessThan(defaultDetection.threshold)
  })

  it.each(['这就使我们有可能集中力量办大事。', '对外开放的广度或深度都超过以往。', '超过了原计划。'])(
    'never suspects a character used as a word on its own: %s',
    (text) => {
      expect(detectTypos(text, {...defaultDetection, maxStandalone: Infinity})).not.toEqual([])
      expect(detectTypos(text)).toEqual([])
    },
  )

  it('gives the word-like piece the candidate completes', () => {
    const text = '深入开展扫黑险恶专项斗争。'
    const [suspect] = detectTypos(text)
    expect(text.slice(...suspect!.context)).toBe('扫黑险恶')
  })

  it.each([
    '各级政府要切实履行职责，加快转变政府职能。',
    '市政府召开常务会议研究部署安全生产工作。',
    '推进国家治理体系和治理能力现代化，进一步优化营商环境。',
    '依法保障人民群众的合法权益，加快建设法治政府。',
    '经济运行总体平稳、稳中有进，加强生态环境保护。',
    '患者术后应定期复查肝功能，遵医嘱服用阿莫西林胶囊。',
    '当事人对行政复议决定不服的，可以自收到复议决定书之日起十五日内向人民法院提起诉讼。',
    '中央或地方党委管理领导班子及其成员。',
    '加强社会保障体系建设，严格执行请示报告制度。',
    '房颤合并预激综合征的患者应尽早就医。',
  ])('stays quiet on correct text: %s', (text) => {
    expect(detectTypos(text)).toEqual([])
  })

  it('stays linear on a huge line without punctuation', () => {
    const text = '国务院对此作出部暑各地抓好落实'.repeat(5000)
    const started = performance.now()
    const found = detectTypos(text)
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(found.length).toBeGreaterThan(4000)
  })

  it('reads only Han characters and reports offsets in the whole text', () => {
    const text = 'Section 2：国务院对此作出部暑。'
    const [suspect] = detectTypos(text)
    expect(suspect!.index).toBe(text.indexOf('暑'))
  })
})
