// Measures the two segmenter adapters, each in fresh `node` processes so that every load
// is cold: time to require the binding and load its dictionary, RSS after the load,
// tokenize throughput over the bench text, and `check()`'s cold start (process start to
// the first finding of typo/no-repeated-word). Uses the built packages/core/dist.
//
//   node test/bench/segmenters.js            # prints a Markdown table
//   SHENJIAO_BENCH_RUNS=9 node test/bench/segmenters.js
import {fileURLToPath} from 'node:url'
import {
  benchDocuments,
  importCore,
  isMain,
  mb,
  median,
  ms,
  perSecond,
  printTable,
  requireBuild,
  runChildren,
  thousands,
} from './texts.js'

const script = fileURLToPath(import.meta.url)
const adapters = ['node-rs-jieba', 'nodejieba']

/** A short document whose first finding needs the segmenter. */
const shortDocument = '　　会议强调，要进一步加强我们的的工作。'

/** Child: load one adapter, then optionally tokenize the bench text line by line. */
async function childLoad(name, throughput) {
  const {getSegmenter} = await importCore('segment/index.js')
  const rssBefore = process.memoryUsage().rss
  const started = performance.now()
  const segmenter = getSegmenter(name)
  const load = performance.now() - started
  const rssAfter = process.memoryUsage().rss
  const result = {name, load, rssBefore, rssAfter}
  if (throughput) {
    const bench = benchDocuments()
    if (bench) {
      // Text-format blocks: one per non-empty line, as the rules see them.
      const lines = bench.documents.flatMap((document) => document.text.split(/\r?\n/).filter((line) => line.trim()))
      const chars = lines.reduce((sum, line) => sum + line.length, 0)
      // Best of three passes: the first also warms up V8 and the binding's caches.
      let best = Infinity
      for (let pass = 0; pass < 3; pass++) {
        const start = performance.now()
        for (const line of lines) segmenter.tokenize(line)
        best = Math.min(best, performance.now() - start)
      }
      result.tokenize = {chars, ms: best, source: bench.source}
    }
    result.maxRss = process.resourceUsage().maxRSS * 1024
  }
  console.log(JSON.stringify(result))
}

/** Child: import the whole core and check a short document; prints as soon as it has a finding. */
async function childCheck(name) {
  const {check} = await importCore('index.js')
  const imported = performance.now()
  const findings = check(shortDocument, {format: 'text', config: {segmenter: name}})
  const first = findings.find((finding) => finding.ruleId === 'typo/no-repeated-word')
  if (!first) throw new Error(`no typo/no-repeated-word finding with ${name}`)
  console.log(JSON.stringify({name, imported, firstFinding: performance.now(), rss: process.memoryUsage().rss, first: first.actual}))
}

/** Measures both adapters; `runs` cold processes each for the timings (medians). */
export async function measureSegmenters(runs = Number(process.env.SHENJIAO_BENCH_RUNS ?? 5)) {
  requireBuild()
  const results = []
  for (const name of adapters) {
    const [withThroughput] = await runChildren(script, ['--child', 'load', name, 'throughput'], 1)
    const loads = [withThroughput, ...(await runChildren(script, ['--child', 'load', name], runs - 1))]
    const checks = await runChildren(script, ['--child', 'check', name], runs)
    results.push({
      name,
      load: median(loads.map((run) => run.load)),
      rssBefore: median(loads.map((run) => run.rssBefore)),
      rssAfter: median(loads.map((run) => run.rssAfter)),
      maxRss: withThroughput.maxRss,
      tokenize: withThroughput.tokenize,
      coldCheck: median(checks.map((run) => run.firstOutput)),
      imported: median(checks.map((run) => run.imported)),
      checkOnly: median(checks.map((run) => run.firstFinding - run.imported)),
      checkRss: median(checks.map((run) => run.rss)),
    })
  }
  return {runs, results}
}

export function printSegmenters({runs, results}) {
  const source = results.find((result) => result.tokenize)?.tokenize?.source
  console.log(`\nSegmenters: fresh node process per measurement, median of ${runs} (${process.version}, ${process.platform}-${process.arch})`)
  console.log(source ? `tokenize throughput over ${source}, one call per non-empty line, best of 3 passes\n` : 'tokenize throughput: skipped (no corpus and no examples/)\n')
  printTable(
    ['adapter', 'require + load dict', 'RSS before → after load', 'peak RSS tokenizing', 'tokenize chars/s', 'cold start → first finding', '(node + import core', 'first check())', 'RSS then'],
    results.map((result) => [
      result.name,
      ms(result.load),
      `${mb(result.rssBefore)} → ${mb(result.rssAfter)}`,
      result.maxRss ? mb(result.maxRss) : '–',
      result.tokenize ? thousands(perSecond(result.tokenize.chars, result.tokenize.ms)) : '–',
      ms(result.coldCheck),
      ms(result.imported),
      ms(result.checkOnly),
      mb(result.checkRss),
    ]),
  )
  console.log(
    '\ncold start = spawning `node` to its first byte of output, written on getting the finding of' +
      ' typo/no-repeated-word in a one-sentence document; split into Node start + importing' +
      ' @shenjiao/core (from the time origin) and the first check(), which loads the segmenter.',
  )
}

if (isMain(import.meta.url)) {
  const [flag, mode, name, extra] = process.argv.slice(2)
  if (flag === '--child' && mode === 'load') await childLoad(name, extra === 'throughput')
  else if (flag === '--child' && mode === 'check') await childCheck(name)
  else printSegmenters(await measureSegmenters())
}
