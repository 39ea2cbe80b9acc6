// Shared by the benchmark scripts: where the text comes from, child processes, tables.
import {spawn} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/** The built core; the benchmarks measure what users run, not the TypeScript sources. */
export const coreDist = join(repoRoot, 'packages/core/dist')

export const corpusDir = process.env.SHENJIAO_CORPUS ?? join(repoRoot, '../shared/corpus/gov-text')

/** Size the synthetic document is repeated up to when the corpus is missing. */
const syntheticChars = 300_000

/** Fails with a useful message when `npm run build` has not been run. */
export function requireBuild() {
  if (!existsSync(join(coreDist, 'index.js'))) {
    console.error(`${coreDist}/index.js is missing: run \`npm run build\` first.`)
    process.exit(2)
  }
}

/** Imports a module of the built core by its path under dist/. */
export function importCore(path = 'index.js') {
  return import(pathToFileURL(join(coreDist, path)).href)
}

/**
 * The documents to measure on: every `.txt` of the gov-text corpus, or, where it is
 * missing, the repository's examples repeated up to a few hundred KB. `undefined` when
 * neither is there.
 */
export function benchDocuments() {
  if (existsSync(corpusDir)) {
    const files = readdirSync(corpusDir, {recursive: true, encoding: 'utf8'})
      .filter((file) => file.endsWith('.txt'))
      .sort()
    if (files.length > 0) {
      return {
        source: `gov-text corpus (${corpusDir})`,
        documents: files.map((file) => ({name: file, text: readFileSync(join(corpusDir, file), 'utf8')})),
      }
    }
  }
  const examples = join(repoRoot, 'examples')
  if (!existsSync(examples)) return undefined
  const samples = readdirSync(examples)
    .filter((file) => /\.(txt|md|html)$/.test(file) && file !== 'README.md')
    .sort()
    .map((file) => readFileSync(join(examples, file), 'utf8'))
  if (samples.length === 0) return undefined
  const unit = samples.join('\n')
  const text = unit.repeat(Math.ceil(syntheticChars / unit.length))
  return {source: `synthetic: examples/ repeated to ${text.length.toLocaleString('en')} chars`, documents: [{name: 'synthetic', text}]}
}

/** Total UTF-16 length of some documents. */
export function charCount(documents) {
  return documents.reduce((sum, document) => sum + document.text.length, 0)
}

/**
 * Runs `node <script> ...args` and resolves with the JSON line it prints last, plus
 * `firstOutput`: milliseconds from spawning to its first byte on stdout, which the
 * children write the moment they have their first result.
 */
export function runChild(script, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    let firstOutput
    let stdout = ''
    const child = spawn(process.execPath, [script, ...args], {cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit']})
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk) => {
      firstOutput ??= performance.now() - started
      stdout += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited ${code}`))
      const last = stdout.trim().split('\n').at(-1)
      resolve({...JSON.parse(last), firstOutput})
    })
  })
}

/** Runs a child `runs` times, one after another so they do not compete for the two cores. */
export async function runChildren(script, args, runs) {
  const results = []
  for (let i = 0; i < runs; i++) results.push(await runChild(script, args))
  return results
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Whether a module was run as `node <file>` rather than imported. */
export function isMain(url) {
  return process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href
}

/** Prints rows (arrays of cells) as a Markdown table, every column but the first right-aligned. */
export function printTable(header, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => String(row[i]).length)))
  const line = (cells) =>
    `| ${cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join(' | ')} |`
  console.log(line(header))
  console.log(`| ${widths.map((width, i) => (i === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`)).join(' | ')} |`)
  for (const row of rows) console.log(line(row))
}

export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
export const ms = (value) => `${Math.round(value)} ms`
export const perSecond = (chars, milliseconds) => Math.round((chars / milliseconds) * 1000)
export const thousands = (value) => Math.round(value).toLocaleString('en')
