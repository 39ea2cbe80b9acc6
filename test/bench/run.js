// `npm run bench`: shenjiao side by side with the tools users would otherwise pick
// (autocorrect's Node binding and zhlint), as ratios from one run on this machine; then
// the segmenter table (segmenters.js). Numbers only: nothing here is a test assertion.
//
// Every measurement runs in a fresh `node` process. Throughput: one untimed warm-up
// document, then up to three passes over the bench documents within a time budget, the
// best pass counted. Cold start: spawning `node` to its first byte of output, which the child writes
// on its first finding in a one-sentence document (median of SHENJIAO_BENCH_RUNS runs).
import {createRequire} from 'node:module'
import {availableParallelism, loadavg} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {printSegmenters, measureSegmenters} from './segmenters.js'
import {
  benchDocuments,
  charCount,
  importCore,
  isMain,
  mb,
  median,
  ms,
  perSecond,
  printTable,
  repoRoot,
  requireBuild,
  runChild,
  runChildren,
  thousands,
} from './texts.js'

const script = fileURLToPath(import.meta.url)
const require = createRequire(join(repoRoot, 'package.json'))
const runs = Number(process.env.SHENJIAO_BENCH_RUNS ?? 5)
/** Milliseconds of timed work per tool; a slow tool may not finish a pass in it. */
const budget = Number(process.env.SHENJIAO_BENCH_BUDGET_MS ?? 8000)
/** Passes over the bench text per tool; the best counts, which damps noise from other processes. */
const passes = 3

/** A half-width comma every tool reports, and a 的的 that makes shenjiao load its segmenter. */
const shortDocument = '会议强调,要进一步加强我们的的工作。'

/**
 * The tools, each as a loader that returns `lint(text) → number of reports`. Loading is
 * part of the cold start; the call is what throughput measures.
 */
const tools = {
  shenjiao: {
    label: 'shenjiao check (text, recommended, node-rs-jieba)',
    version: () => require('./packages/core/package.json').version,
    load: async () => {
      const {check} = await importCore('index.js')
      return (text) => check(text, {format: 'text'}).length
    },
  },
  'shenjiao-nodejieba': {
    label: 'shenjiao check (text, recommended, nodejieba)',
    version: () => require('./packages/core/package.json').version,
    load: async () => {
      const {check} = await importCore('index.js')
      return (text) => check(text, {format: 'text', config: {segmenter: 'nodejieba'}}).length
    },
  },
  autocorrect: {
    label: 'autocorrect-node lintFor (.txt)',
    version: () => require('autocorrect-node/package.json').version,
    load: async () => {
      const {lintFor} = require('autocorrect-node')
      return (text) => lintFor(text, 'document.txt').lines.length
    },
  },
  zhlint: {
    label: 'zhlint run (preset default)',
    version: () => require('zhlint/package.json').version,
    load: async () => {
      const {run} = await import('zhlint')
      return (text) => run(text, {rules: {preset: 'default'}}).validations.length
    },
  },
}

/**
 * Child: how fast one tool checks the bench documents. Up to `passes` passes, the best
 * one counted; a pass that outruns the budget stops there and counts what it did.
 */
async function childThroughput(name) {
  const lint = await tools[name].load()
  const bench = benchDocuments()
  if (!bench) throw new Error('no bench documents')
  lint(bench.documents[0].text)
  const total = charCount(bench.documents)
  const deadline = performance.now() + budget
  let best
  for (let pass = 0; pass < passes && performance.now() < deadline; pass++) {
    let chars = 0
    let reports = 0
    const started = performance.now()
    for (const document of bench.documents) {
      reports += lint(document.text)
      chars += document.text.length
      if (performance.now() > deadline) break
    }
    const elapsed = performance.now() - started
    if (!best || chars / elapsed > best.chars / best.ms) best = {chars, reports, ms: elapsed}
  }
  console.log(JSON.stringify({name, ...best, total, maxRss: process.resourceUsage().maxRSS * 1024}))
}

/** Child: load one tool and lint a short document; prints the moment it has a report. */
async function childCold(name) {
  const lint = await tools[name].load()
  const reports = lint(shortDocument)
  if (reports === 0) throw new Error(`${name} found nothing in ${shortDocument}`)
  console.log(JSON.stringify({name, reports, rss: process.memoryUsage().rss}))
}

/** Whether a tool's package is installed (autocorrect's prebuilt binary may be missing). */
function installed(name) {
  try {
    tools[name].version()
    if (name === 'autocorrect') require('autocorrect-node')
    return true
  } catch {
    return false
  }
}

async function main() {
  requireBuild()
  const bench = benchDocuments()
  console.log(
    `shenjiao bench — ${process.version} ${process.platform}-${process.arch}, ${availableParallelism()} cores,` +
      ` load average ${loadavg()[0].toFixed(2)}; ${runs} runs per cold start, best of ${passes} passes within ${budget} ms per tool`,
  )
  const names = Object.keys(tools).filter((name) => {
    if (installed(name)) return true
    console.log(`${name}: not installed, skipped`)
    return false
  })

  if (bench) {
    console.log(`\nThroughput over ${bench.source} (${thousands(charCount(bench.documents))} chars)\n`)
    const results = []
    for (const name of names) results.push(await runChild(script, ['--child', 'throughput', name]))
    const base = perSecond(results[0].chars, results[0].ms)
    printTable(
      ['tool', 'version', 'chars measured', 'chars/s', 'speed vs shenjiao', 'reports /10k chars', 'peak RSS'],
      results.map((result) => {
        const speed = perSecond(result.chars, result.ms)
        return [
          tools[result.name].label,
          tools[result.name].version(),
          result.chars === result.total ? 'all' : thousands(result.chars),
          thousands(speed),
          `${(speed / base).toFixed(2)}×`,
          ((result.reports / result.chars) * 10_000).toFixed(2),
          mb(result.maxRss),
        ]
      }),
    )
    console.log(
      '\nThe tools do not check the same things: autocorrect and zhlint fix spacing and punctuation' +
        ' (autocorrect reports one item per changed line; zhlint parses its input as Markdown);' +
        ' shenjiao also segments every line for typo rules. On published text nearly every report' +
        ' is a false positive.',
    )
  } else {
    console.log('\nThroughput: skipped — neither the gov-text corpus nor examples/ is here (set SHENJIAO_CORPUS).')
  }

  console.log(`\nCold start: process start → first report on “${shortDocument}” (median of ${runs})\n`)
  const cold = []
  for (const name of names.filter((name) => name !== 'shenjiao-nodejieba')) {
    const results = await runChildren(script, ['--child', 'cold', name], runs)
    cold.push({name, ms: median(results.map((result) => result.firstOutput)), rss: median(results.map((result) => result.rss))})
  }
  printTable(
    ['tool', 'cold start', 'time vs shenjiao', 'RSS then'],
    cold.map((result) => [tools[result.name].label, ms(result.ms), `${(result.ms / cold[0].ms).toFixed(2)}×`, mb(result.rss)]),
  )

  printSegmenters(await measureSegmenters(runs))
}

if (isMain(import.meta.url)) {
  const [flag, mode, name] = process.argv.slice(2)
  if (flag === '--child' && mode === 'throughput') await childThroughput(name)
  else if (flag === '--child' && mode === 'cold') await childCold(name)
  else await main()
}
