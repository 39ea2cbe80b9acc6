// `npm run bench:typos`: sentence-level detection and correction precision, recall and F1 of
// the typo rules on the ECSpell development files (law, medical, official-document writing),
// the share of clean sentences left untouched, findings per 10 000 characters on the
// gov-text corpus, and the speed of the typo rules alone.
//
// The ECSpell train files are split by dictionaries/scripts/ecspell-split.js. The shipped
// character model and error model have seen the tuning part, so its figures here show what
// the detector does on text its models know; its ranker and thresholds were fitted on the
// tuning part with models cross-fitted over five folds (dictionaries/scripts/
// train-typo-ranker.js prints those figures). The held-out part is text no model saw: its
// figures are the honest ones.
//
// Standard CSC definitions: a sentence is correctly detected when the set of flagged
// positions equals the set of wrong positions, corrected when in addition every suggestion
// equals the target; a finding on a clean sentence, or a wrong set on an erroneous one,
// counts against precision. SHENJIAO_BENCH_VERBOSE=1 prints every wrong sentence.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {isHeldOut, parseEcspell} from '../../dictionaries/scripts/ecspell-split.js'
import {benchDocuments, charCount, importCore, perSecond, printTable, repoRoot, requireBuild, thousands} from './texts.js'

requireBuild()
const {check, rules} = await importCore()
const ruleIds = rules.map((rule) => rule.id)
const verbose = process.env.SHENJIAO_BENCH_VERBOSE === '1'
const ecspellDir = process.env.SHENJIAO_ECSPELL ?? join(repoRoot, '../shared/corpus/csc/ecspell')
const detectorId = 'typo/suspicious-character'

/** A configuration turning on exactly `ids`. */
function only(ids) {
  return {rules: Object.fromEntries(ruleIds.map((id) => [id, ids.includes(id) ? 'warning' : 'off']))}
}

const typoIds = ruleIds.filter((id) => id.startsWith('typo/'))
const setups = [
  {name: 'all typo rules', config: only(typoIds)},
  {name: detectorId, config: only([detectorId])},
]

const sentences = readdirSync(ecspellDir)
  .filter((file) => file.endsWith('.train.dedup.tsv'))
  .sort()
  .flatMap((file) =>
    parseEcspell(readFileSync(join(ecspellDir, file), 'utf8'))
      .filter(({source, target}) => source.length === target.length)
      .map((row) => ({...row, domain: file.split('.')[0], part: isHeldOut(row.target) ? 'held-out' : 'tuning'})),
  )

/** Flagged positions of a sentence and the character suggested for each (undefined: none that fits). */
function flaggedPositions(findings) {
  const flagged = new Map()
  for (const finding of findings) {
    const suggestion = finding.expected[0]
    for (let i = 0; i < finding.length; i++) {
      flagged.set(finding.offset + i, suggestion?.length === finding.length ? suggestion[i] : undefined)
    }
  }
  return flagged
}

function score(rows) {
  const tally = {sentences: rows.length, wrong: 0, clean: 0, cleanUntouched: 0, flagged: 0, detected: 0, corrected: 0, flaggedChars: 0, rightChars: 0}
  for (const {source, target, flagged} of rows) {
    const gold = [...source].flatMap((char, i) => (char === target[i] ? [] : [i]))
    if (gold.length > 0) tally.wrong++
    else tally.clean++
    if (flagged.size === 0) {
      if (gold.length === 0) tally.cleanUntouched++
      continue
    }
    tally.flagged++
    tally.flaggedChars += flagged.size
    for (const position of flagged.keys()) if (gold.includes(position)) tally.rightChars++
    const detected = flagged.size === gold.length && gold.every((position) => flagged.has(position))
    if (detected) tally.detected++
    if (detected && gold.every((position) => flagged.get(position) === target[position])) tally.corrected++
    else if (verbose) console.log(`  ${source}  ${[...flagged].map(([i, char]) => `${source[i]}→${char ?? '?'}`).join(' ')}  gold: ${gold.map((i) => `${source[i]}→${target[i]}`).join(' ')}`)
  }
  return tally
}

const ratio = (a, b) => (b === 0 ? 0 : a / b)
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
const fixed = (value) => value.toFixed(3)

for (const {name, config} of setups) {
  const rows = sentences.map((row) => ({...row, flagged: flaggedPositions(check(row.source, {config}))}))
  console.log(`\n### ${name}: ECSpell development set (${sentences.length} sentences)\n`)
  const table = []
  for (const part of ['tuning', 'held-out']) {
    for (const domain of ['law', 'med', 'odw', 'all']) {
      const t = score(rows.filter((row) => row.part === part && (domain === 'all' || row.domain === domain)))
      const detectionP = ratio(t.detected, t.flagged)
      const detectionR = ratio(t.detected, t.wrong)
      const correctionP = ratio(t.corrected, t.flagged)
      const correctionR = ratio(t.corrected, t.wrong)
      table.push([
        `${part} ${domain}`, t.sentences, fixed(detectionP), fixed(detectionR), fixed(f1(detectionP, detectionR)),
        fixed(correctionP), fixed(correctionR), fixed(f1(correctionP, correctionR)),
        `${(100 * ratio(t.cleanUntouched, t.clean)).toFixed(2)} %`, fixed(ratio(t.rightChars, t.flaggedChars)),
      ])
    }
  }
  printTable(['part', 'sentences', 'det P', 'det R', 'det F1', 'cor P', 'cor R', 'cor F1', 'clean untouched', 'char P'], table)
}

const corpus = benchDocuments()
if (corpus) {
  console.log(`\n### ${corpus.source}: typo findings and speed\n`)
  const chars = charCount(corpus.documents)
  let findings = []
  for (const {name, config} of setups) {
    check('预热：加载分词器和字符模型。', {config})
    const started = performance.now()
    const found = corpus.documents.flatMap((document) => check(document.text, {config}).map((finding) => ({...finding, document: document.name})))
    const elapsed = performance.now() - started
    console.log(`${name}: ${thousands(chars)} characters in ${thousands(elapsed)} ms, ${thousands(perSecond(chars, elapsed))} characters/second`)
    if (findings.length === 0) findings = found
  }
  console.log()
  const rows = typoIds.map((id) => {
    const count = findings.filter((finding) => finding.ruleId === id).length
    return [id, count, (count / chars * 10_000).toFixed(2)]
  })
  printTable(['rule', 'findings', 'per 10 000 chars'], rows)
  if (verbose) for (const finding of findings) console.log(`  ${finding.document}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.message}`)
}
