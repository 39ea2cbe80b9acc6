// `npm run bench:lsp`: the language server as an editor feels it. Not a test: numbers only.
//
// Starts the built server over stdio as a push client (Neovim-like) does, opens a Markdown
// document of 20 000 characters made from examples/tongzhi.md inside a workspace folder (an
// empty temporary one: the folder is read as a site, as in an editor), then:
//  1. types into it at a typing pace (one keystroke every SHENJIAO_BENCH_TYPING_MS, default
//     60 ms, longer than the default 25 ms debounce) and measures edit → publishDiagnostics
//     latency for each keystroke, after an untimed warm-up;
//  2. makes 10 000 more edits all over the document (debounce set to 0, each edit waits for
//     its diagnostics) and samples the server's RSS every 1 000 edits, to show whether
//     memory stays flat.
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import {repoRoot as root} from './texts.js'

const bin = join(root, 'packages/language-server/bin/shenjiao-language-server.js')
const typingMs = Number(process.env.SHENJIAO_BENCH_TYPING_MS ?? 60)
const warmupEdits = 100
const timedEdits = Number(process.env.SHENJIAO_BENCH_EDITS ?? 600)
const memoryEdits = Number(process.env.SHENJIAO_BENCH_MEMORY_EDITS ?? 10_000)
const size = 20_000
/** The workspace folder the document lives in; empty, so the site is the document alone. */
const folder = mkdtempSync(join(tmpdir(), 'shenjiao-bench-lsp-'))

if (!existsSync(join(root, 'packages/language-server/dist/index.js'))) {
  console.error('packages/language-server/dist is missing: run `npm run build` first.')
  process.exit(2)
}

/** examples/tongzhi.md without its front matter repeated, front matter once, cut at a line end. */
function document() {
  const source = readFileSync(join(root, 'examples/tongzhi.md'), 'utf8')
  const body = source.replace(/^---[^]*?---\n/, '')
  let text = source
  while (text.length < size) text += `\n${body}`
  return text.slice(0, text.lastIndexOf('\n', size) + 1)
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024
}

const child = spawn(process.execPath, [bin, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
let settings = null
const waiting = new Map()
const publishedAt = new Map()
connection.onRequest('workspace/configuration', ({items}) => items.map(() => settings))
connection.onRequest(() => null)
connection.onNotification('window/logMessage', () => undefined)
connection.onNotification('textDocument/publishDiagnostics', ({version, diagnostics}) => {
  publishedAt.set(version, {at: performance.now(), count: diagnostics.length})
  waiting.get(version)?.()
})
connection.listen()

const uri = pathToFileURL(join(folder, 'tongzhi-20k.md')).href
let text = document()
let version = 1
const sentAt = new Map()

function published(v) {
  if (publishedAt.has(v)) return Promise.resolve()
  return new Promise((resolve) => waiting.set(v, resolve))
}

function positionAt(offset) {
  const before = text.slice(0, offset)
  const line = before.split('\n').length - 1
  return {line, character: offset - (before.lastIndexOf('\n') + 1)}
}

/** Replaces [start, end) with `insert`, as an incremental didChange. */
function edit(start, end, insert) {
  const range = {start: positionAt(start), end: positionAt(end)}
  text = text.slice(0, start) + insert + text.slice(end)
  version++
  sentAt.set(version, performance.now())
  void connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range, text: insert}]})
  return version
}

const started = performance.now()
await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {workspace: {configuration: true}}})
await connection.sendNotification('initialized', {})
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version, text}})
await published(1)
const cold = publishedAt.get(1).at - started
console.log(`document: ${text.length.toLocaleString('en')} characters of Markdown, ${publishedAt.get(1).count} findings`)
console.log(`cold: initialize → first diagnostics ${cold.toFixed(0)} ms (server start, segmenter and dictionaries included)`)

// Typing: a sentence at a time, keystroke by keystroke, into paragraphs spread over the document.
const sentence = '会议强调,各单位要进一步压实责任 确保工作落实到位。'
let cursor = 0
let typed = 0
const latencies = []
for (let i = 0; i < warmupEdits + timedEdits; i++) {
  if (typed % sentence.length === 0) cursor = text.indexOf('\n', Math.floor(((typed * 7919) % text.length) * 0.9)) + 1
  const v = edit(cursor, cursor, sentence[typed % sentence.length])
  cursor++
  typed++
  await new Promise((resolve) => setTimeout(resolve, typingMs))
  if (i >= warmupEdits) {
    await published(v)
    latencies.push(publishedAt.get(v).at - sentAt.get(v))
  }
}
latencies.sort((a, b) => a - b)
const row = [50, 90, 95, 99].map((p) => `p${p} ${percentile(latencies, p).toFixed(1)} ms`).join(' · ')
console.log(`typing (${timedEdits} keystrokes, one every ${typingMs} ms, debounce 25 ms): ${row} · max ${latencies.at(-1).toFixed(1)} ms`)

// Memory: 10 000 edits all over the document, inserting and deleting so the size stays put.
settings = {debounce: 0}
await connection.sendNotification('workspace/didChangeConfiguration', {settings: {shenjiao: settings}})
const samples = [[0, rssMb(child.pid)]]
const memoryStarted = performance.now()
for (let i = 1; i <= memoryEdits; i++) {
  const at = (i * 104_729) % (text.length - 1)
  const v = i % 2 ? edit(at, at, i % 3 ? '的' : ',') : edit(at, at + 1, '')
  await published(v)
  publishedAt.delete(v - 2)
  sentAt.delete(v - 2)
  if (i % 1000 === 0) samples.push([i, rssMb(child.pid)])
}
const seconds = (performance.now() - memoryStarted) / 1000
console.log(`memory: ${memoryEdits.toLocaleString('en')} edits in ${seconds.toFixed(1)} s (${(memoryEdits / seconds).toFixed(0)} checked edits/s, debounce 0)`)
console.log(`server RSS (MB) after n edits: ${samples.map(([n, rss]) => `${n}: ${rss.toFixed(0)}`).join(' · ')}`)

await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
connection.dispose()
