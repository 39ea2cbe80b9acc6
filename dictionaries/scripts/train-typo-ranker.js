/**
 * Trains data/typo-ranker.tsv, the logistic ranker of `typo/suspicious-character`: the
 * probability that replacing a character by a sound- or shape-alike candidate corrects a
 * real typo, from the features in packages/core/src/lm/features.ts. Run from the
 * repository root after `npx tsc -b`, with the shared corpora beside the repository and the
 * five cross-fitting character models built first (ecspell-split.js `foldOf`): each tuning
 * sentence is scored by the model that has not seen its fold, so that the features look as
 * they will on in-domain text the shipped model never saw:
 *
 *   for k in 0 1 2 3 4; do node dictionaries/scripts/build-lm.js ../shared/corpus --without-fold $k /tmp/lm-without-fold-$k.txt; done
 *   node dictionaries/scripts/train-typo-ranker.js ../shared/corpus /tmp/lm-without-fold-
 *
 * Examples: every candidate at every position the detector would consider (`isSuspectable`)
 * in the wrong sentences (second column) of the tuning part of csc/ecspell/*.train.dedup.tsv
 * (ecspell-split.js; the held-out part is never read); a candidate is positive when the
 * position is wrong and the candidate is the correct sentence's character. The error model
 * (`typo-char-pairs`, build it first) counts the tuning part's own errors, so it is
 * cross-fitted the same way: otherwise the ranker would learn to trust counts that include
 * the very error it looks at. Full-batch Adam
 * on the log-loss with a small L2 penalty; deterministic. Then prints, for a grid of
 * thresholds, what the detector does on the tuning part with this ranker, to choose
 * `defaultDetection` in packages/core/src/lm/detect.ts.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {decodeBinaryDictionary, readDictionary} from '../index.js'
import {errorPairs, foldOf, folds, isHeldOut, parseEcspell} from './ecspell-split.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const core = (path) => import(pathToFileURL(join(repoRoot, 'packages/core/dist/lm', path)).href)
const {candidatesAt, featureNames} = await core('features.js')
const {defaultDetection, detectTypos, isSuspectable} = await core('detect.js')
const {charModelOf} = await core('model.js')
const {createScorer, defaultScoring} = await core('score.js')

const [corpusRoot, foldModels] = process.argv.slice(2)
if (!corpusRoot || !foldModels) {
  console.error('usage: node dictionaries/scripts/train-typo-ranker.js <shared corpus folder> <fold model path prefix> (after npx tsc -b; see the top of this file)')
  process.exit(2)
}

/** The character model that has not seen fold k, by fold. */
const scorers = Array.from({length: folds}, (_, fold) => {
  const path = `${foldModels}${fold}.txt`
  return createScorer(charModelOf(decodeBinaryDictionary(readFileSync(path, 'utf8'), path)), defaultScoring)
})
const ecspell = join(corpusRoot, 'csc/ecspell')
const sentences = readdirSync(ecspell)
  .filter((name) => name.endsWith('.train.dedup.tsv'))
  .sort()
  .flatMap((file) => parseEcspell(readFileSync(join(ecspell, file), 'utf8')))
  .filter(({source, target}) => !isHeldOut(target) && source.length === target.length)

const shippedPairs = new Map(readDictionary('typo-char-pairs').map(([wrong, right, ecspell, listed]) => [wrong + right, [Number(ecspell), Number(listed)]]))
const foldPairs = Array.from({length: folds}, () => new Map())
for (const row of sentences) {
  const own = foldPairs[foldOf(row.target)]
  for (const pair of errorPairs(row)) own.set(pair, (own.get(pair) ?? 0) + 1)
}
/** The error model without the counts of the fold `target` belongs to. */
function outOfFoldPairs(target) {
  const own = foldPairs[foldOf(target)]
  return (wrong, right) => {
    const [ecspell, listed] = shippedPairs.get(wrong + right) ?? [0, 0]
    return [ecspell - (own.get(wrong + right) ?? 0), listed]
  }
}

const features = []
const labels = []
for (const {source, target} of sentences) {
  const pairCounts = outOfFoldPairs(target)
  const scorer = scorers[foldOf(target)]
  for (const {0: run, index} of source.matchAll(/\p{Script=Han}+/gu)) {
    for (let i = 0; i < run.length; i++) {
      if (!isSuspectable(scorer, run, i)) continue
      const expected = target[index + i]
      for (const candidate of candidatesAt(scorer, run, i, pairCounts)) {
        features.push(candidate.features)
        labels.push(run[i] !== expected && candidate.char === expected ? 1 : 0)
      }
    }
  }
}

const width = featureNames.length
const mean = featureNames.map((_, j) => features.reduce((sum, row) => sum + row[j], 0) / features.length)
const scale = featureNames.map((_, j) => Math.sqrt(features.reduce((sum, row) => sum + (row[j] - mean[j]) ** 2, 0) / features.length) || 1)
const standard = features.map((row) => row.map((value, j) => (value - mean[j]) / scale[j]))

const epochs = 600
const learningRate = 0.05
const l2 = 1e-4
const weights = new Float64Array(width + 1)
weights[width] = -5
const moment = new Float64Array(width + 1)
const velocity = new Float64Array(width + 1)
for (let epoch = 1; epoch <= epochs; epoch++) {
  const gradient = new Float64Array(width + 1)
  for (let k = 0; k < standard.length; k++) {
    const row = standard[k]
    let logit = weights[width]
    for (let j = 0; j < width; j++) logit += weights[j] * row[j]
    const error = 1 / (1 + Math.exp(-logit)) - labels[k]
    for (let j = 0; j < width; j++) gradient[j] += error * row[j]
    gradient[width] += error
  }
  for (let j = 0; j <= width; j++) {
    const g = gradient[j] / standard.length + (j < width ? l2 * weights[j] : 0)
    moment[j] = 0.9 * moment[j] + 0.1 * g
    velocity[j] = 0.999 * velocity[j] + 0.001 * g * g
    weights[j] -= (learningRate * (moment[j] / (1 - 0.9 ** epoch))) / (Math.sqrt(velocity[j] / (1 - 0.999 ** epoch)) + 1e-8)
  }
}

const round = (value) => Number(value.toPrecision(6))
const positives = labels.filter(Boolean).length
const lines = [
  '# typo-ranker: logistic ranker of typo/suspicious-character — the probability that replacing a character by a sound- or shape-alike candidate corrects a typo',
  `# trained by dictionaries/scripts/train-typo-ranker.js on the tuning part of ECSpell Data/domains_data/{law,med,odw}.train (${sentences.length} sentences, ${features.length} candidates, ${positives} corrections; github.com/aopolin-lv/ECSpell, commit 025bf43f1ea5d84a3f0163d1eb79c79e00ff0a74, MIT), features cross-fitted over five folds (character model and error model built without the sentence's fold)`,
  '# date: 2026-11-29',
  '# feature\tmean\tscale\tweight (on the standardised feature); last row: bias',
  ...featureNames.map((name, j) => [name, round(mean[j]), round(scale[j]), round(weights[j])].join('\t')),
  ['bias', round(weights[width])].join('\t'),
  '',
]
writeFileSync(join(repoRoot, 'dictionaries/data/typo-ranker.tsv'), lines.join('\n'))
console.log(`${features.length} candidates, ${positives} corrections; weights: ${featureNames.map((name, j) => `${name} ${weights[j].toFixed(2)}`).join(', ')}; bias ${weights[width].toFixed(2)}`)

const {parseRanker} = await core('ranker.js')
const ranker = parseRanker(lines.filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t')))
console.log('\nthreshold\tfollow-up\tdet P\tdet R\tclean untouched (tuning part, cross-fitted)')
for (const threshold of [0.7, 0.8, 0.85, 0.9, 0.95]) {
  for (const followUpThreshold of [0.3, 0.5, 0.7]) {
    if (followUpThreshold > threshold) continue
    const options = {...defaultDetection, threshold, followUpThreshold}
    let wrong = 0, clean = 0, untouched = 0, flagged = 0, detected = 0
    for (const {source, target} of sentences) {
      const gold = [...source].flatMap((char, i) => (char === target[i] ? [] : [i]))
      const found = detectTypos(source, options, {scorer: scorers[foldOf(target)], ranker, pairCounts: outOfFoldPairs(target)}).map(({index}) => index)
      if (gold.length > 0) wrong++
      else clean++
      if (found.length === 0) {
        if (gold.length === 0) untouched++
        continue
      }
      flagged++
      if (found.length === gold.length && gold.every((i) => found.includes(i))) detected++
    }
    console.log([threshold, followUpThreshold, (detected / flagged).toFixed(3), (detected / wrong).toFixed(3), `${((100 * untouched) / clean).toFixed(2)} %`].join('\t'))
  }
}
