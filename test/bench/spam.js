// `npm run bench:spam`: recall of the content-security rules on gambling and porn
// promotions injected into real government paragraphs, and their false alarms on the
// clean text. The gov-text corpus supplies the paragraphs; a fixed seed picks where and
// how each phrase goes in: after a comma, doubled, at the end of the paragraph, inside a
// sentence without punctuation, as an outbound link and as a hidden link in HTML.
//
// The brands come from a held-back list kept here, never in the shipped lexicon (the
// script checks): recall measures the generic detector, not the dictionary. Exits 1
// when a target is missed: recall ≥ 0.9, at most 1 false alarm per 50 000 characters.
//
// SHENJIAO_BENCH_SEED and SHENJIAO_BENCH_INJECTIONS change the set; SHENJIAO_BENCH_VERBOSE=1
// prints every miss and false alarm.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {benchDocuments, charCount, importCore, printTable, repoRoot, requireBuild} from './texts.js'
import {seeded} from './random.js'

const seed = Number(process.env.SHENJIAO_BENCH_SEED ?? 20261129)
const injectionCount = Number(process.env.SHENJIAO_BENCH_INJECTIONS ?? 1200)
const verbose = process.env.SHENJIAO_BENCH_VERBOSE === '1'
const targets = {recall: 0.9, falseAlarmsPer50k: 1}

/** Brand names of the kind spam uses, none in `dictionaries/data/spam-lexicon.tsv`. */
const heldBackBrands = [
  '星耀', '鑫旺', '博运', '龙腾', '御尊', '豪盈', '鼎盛', '金樽', '聚宝', '鸿福', '宝盈', '天成',
  '金冠', '帝豪', '旺财', '赢家', '八方', '星河', '御龙', '豪门', '至尊', '凯撒', '宏图', '鑫宝',
  '博发', '瑞博', '金鼎', '华亿', '百胜', '巨鑫', '盈丰', '必胜', '乐赢', '鸿利', '九鼎', '金狮',
  '银狐', '金鹰', '大富豪', '万利', '永发', '鑫博', '恒赢', '盛世博', '博乐', '天恒',
  'xbet', 'vbet', 'KB88', 'hg0088', 'JDB', 'ysb', 'OB88', 'BOB', '9393', '7788', '5599',
]
const domains = ['体育', '娱乐', '电竞', '棋牌', '彩票', '真人', '娱乐城', '视讯']
/** Calls to action and lures after the domain word; '' leaves the bare brand + domain. */
const calls = ['官网', '官方网站', 'app下载', 'APP', '登录入口', '手机版', '网页版', '注册送88元', '首充送彩金', '平台', '在线', '', '']
const styles = ['after-comma', 'doubled', 'paragraph-end', 'mid-sentence', 'html-link', 'html-hidden-link']

const random = seeded(seed)
const pick = (list) => list[Math.floor(random() * list.length)]

/** Fails when a held-back brand slipped into the shipped lexicon: recall would be flattered. */
function checkHeldBack() {
  const lexicon = readFileSync(join(repoRoot, 'dictionaries/data/spam-lexicon.tsv'), 'utf8')
  const words = new Set(lexicon.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t')[0]))
  const leaked = heldBackBrands.filter((brand) => words.has(brand.toLowerCase()))
  if (leaked.length > 0) {
    console.error(`held-back brands found in the lexicon: ${leaked.join(', ')}`)
    process.exit(2)
  }
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const isHan = (char) => char !== undefined && /\p{Script=Han}/u.test(char)

/**
 * One injected paragraph: `source` in `format`, with `[start, end)` the source range of the
 * injected phrase (or link) a finding must overlap.
 */
function inject(paragraph, style) {
  const brand = pick(heldBackBrands)
  const phrase = `${brand}${pick(domains)}${pick(calls)}`
  const commas = [...paragraph.matchAll(/，/g)].map((match) => match.index + 1)
  const at = commas.length > 0 ? pick(commas) : paragraph.length
  const place = (text, index, inserted) => ({
    source: text.slice(0, index) + inserted + text.slice(index),
    start: index,
    end: index + inserted.length,
    format: 'text',
    phrase,
  })
  switch (style) {
    case 'after-comma':
      return place(paragraph, at, `${phrase}，`)
    case 'doubled':
      return place(paragraph, at, `${phrase}${phrase}`)
    case 'paragraph-end':
      return place(paragraph, paragraph.length, phrase)
    case 'mid-sentence': {
      const between = [...paragraph].flatMap((char, i, chars) => (isHan(char) && isHan(chars[i + 1]) ? [i + 1] : []))
      return place(paragraph, between.length > 0 ? pick(between) : paragraph.length, phrase)
    }
    default: {
      const host = `www.${brand.toLowerCase().replace(/[^a-z0-9]/g, '') || 'x'}${Math.floor(random() * 900 + 100)}.com`
      const link = `<a href="https://${host}/">${phrase}</a>`
      const inserted = style === 'html-link' ? link : `<span style="display:none">${link}</span>`
      const before = `<p>${escapeHtml(paragraph.slice(0, at))}`
      return {
        source: `${before}${inserted}${escapeHtml(paragraph.slice(at))}</p>`,
        start: before.length,
        end: before.length + inserted.length,
        format: 'html',
        phrase,
      }
    }
  }
}

async function main() {
  requireBuild()
  checkHeldBack()
  const corpus = benchDocuments()
  if (!corpus) {
    console.error('No gov-text corpus and no examples to measure on.')
    process.exit(2)
  }
  const {check, rules} = await importCore()
  const config = {rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.category === 'security' ? rule.severity : 'off']))}

  // False alarms: every finding on the clean corpus.
  const characters = charCount(corpus.documents)
  const falseAlarms = corpus.documents.flatMap((document) =>
    check(document.text, {format: 'text', config}).map((finding) => ({...finding, file: document.name})),
  )
  const per50k = (falseAlarms.length / characters) * 50_000

  // Recall: one phrase injected into each of a sample of paragraphs.
  const paragraphs = corpus.documents
    .flatMap((document) => document.text.split('\n'))
    .map((line) => line.trim())
    .filter((line) => [...line].filter(isHan).length >= 20)
  const byStyle = new Map(styles.map((style) => [style, {injected: 0, found: 0}]))
  const misses = []
  for (let i = 0; i < injectionCount; i++) {
    const style = styles[i % styles.length]
    const sample = inject(pick(paragraphs), style)
    const findings = check(sample.source, {format: sample.format, config})
    const hit = findings.some((finding) => finding.offset < sample.end && finding.offset + finding.length > sample.start)
    const counts = byStyle.get(style)
    counts.injected++
    if (hit) counts.found++
    else misses.push(`${style}: ${sample.phrase}  …${sample.source.slice(Math.max(0, sample.start - 12), sample.end + 12)}…`)
  }
  const injected = injectionCount
  const found = [...byStyle.values()].reduce((sum, counts) => sum + counts.found, 0)
  const recall = found / injected

  console.log(`spam benchmark · seed ${seed} · ${corpus.source}`)
  console.log(`held-back brands: ${heldBackBrands.length}, none in the lexicon\n`)
  printTable(
    ['injection', 'injected', 'found', 'recall'],
    [...byStyle].map(([style, counts]) => [style, counts.injected, counts.found, (counts.found / counts.injected).toFixed(3)]),
  )
  console.log(`\nrecall: ${recall.toFixed(3)} (${found}/${injected}; target ≥ ${targets.recall})`)
  console.log(
    `false alarms on the clean corpus: ${falseAlarms.length} in ${characters.toLocaleString('en')} characters = ` +
      `${per50k.toFixed(2)} per 50 000 (target ≤ ${targets.falseAlarmsPer50k})`,
  )
  if (verbose) {
    for (const miss of misses) console.log(`  miss ${miss}`)
    for (const alarm of falseAlarms) console.log(`  false alarm ${alarm.file}:${alarm.line}:${alarm.column} ${alarm.ruleId} ${JSON.stringify(alarm.actual)}`)
  }
  if (recall < targets.recall || per50k > targets.falseAlarmsPer50k) process.exitCode = 1
}

await main()
