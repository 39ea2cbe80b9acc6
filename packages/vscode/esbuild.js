// Bundles the extension and the language server to CommonJS in dist/, as VS Code loads
// extensions with require(): dist/extension.cjs (the client) and dist/server.cjs (the
// server, with @shenjiao/core and its dictionaries). Beside them go the files the server
// reads at run time: the dictionary data, the rule documents, and @node-rs/jieba.
//
// @node-rs/jieba is a native module, one prebuilt binary per platform, so it cannot be
// bundled. It is marked external and staged in dist/node_modules with the binaries
// installed here (this machine's platform); Node finds it there from dist/server.cjs.
// On a platform whose binary is not in the package the segmenter fails to load: the
// server logs one clear line and skips only the rules that need word segmentation.
// Nothing is compiled on the user's machine.
import {cp, mkdir, readdir, rm} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const production = process.argv.includes('--production')
const here = dirname(fileURLToPath(import.meta.url))
const dist = join(here, 'dist')
const require = createRequire(import.meta.url)
/** Resolves from the language server, whose dependency tree the bundle takes. */
const serverRequire = createRequire(require.resolve('@shenjiao/language-server'))
const coreRequire = createRequire(serverRequire.resolve('@shenjiao/core'))

// dist/types holds tsc's declarations (type-checking only); everything else is rebuilt.
for (const entry of await readdir(dist).catch(() => [])) {
  if (entry !== 'types') await rm(join(dist, entry), {recursive: true, force: true})
}

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outdir: dist,
  outExtension: {'.js': '.cjs'},
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // ESM sources read import.meta.url and .dirname; in the CommonJS bundle they are the bundle's.
  define: {'import.meta.url': 'importMetaUrl', 'import.meta.dirname': '__dirname'},
  banner: {js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;"},
  // import.meta.resolve is absent in CommonJS; the server then uses the folders it is given.
  logOverride: {'empty-import-meta': 'silent'},
}

await build({...common, entryPoints: {extension: join(here, 'src/extension.ts')}, external: ['vscode']})
await build({...common, entryPoints: {server: join(here, 'src/server.ts')}, external: ['@node-rs/jieba', 'nodejieba']})

// @shenjiao/dictionaries reads manifest.json and data/ beside its module: beside the bundle.
const dictionaries = dirname(coreRequire.resolve('@shenjiao/dictionaries/manifest.json'))
await cp(join(dictionaries, 'manifest.json'), join(dist, 'manifest.json'))
await cp(join(dictionaries, 'data'), join(dist, 'data'), {recursive: true})

// The schema VS Code validates .shenjiaorc.json with (contributes.jsonValidation).
await cp(join(dirname(coreRequire.resolve('@shenjiao/core')), '..', 'shenjiaorc.schema.json'), join(dist, 'shenjiaorc.schema.json'))

// The rule documents (<category>/<rule>.md) the hovers quote.
const rules = join(dirname(coreRequire.resolve('@shenjiao/core')), '..', 'src', 'rules')
await cp(rules, join(dist, 'rules'), {recursive: true, filter: (source) => !/\.(?:ts|js)$/.test(source)})

// @node-rs/jieba and whichever of its platform packages are installed.
const jieba = dirname(coreRequire.resolve('@node-rs/jieba/package.json'))
const staged = join(dist, 'node_modules', '@node-rs')
await mkdir(staged, {recursive: true})
await cp(jieba, join(staged, 'jieba'), {recursive: true, filter: (source) => !/\.d\.ts$|README\.md$|browser\.js$/.test(source)})
const platforms = (await readdir(dirname(jieba))).filter((name) => name.startsWith('jieba-'))
for (const name of platforms) await cp(join(dirname(jieba), name), join(staged, name), {recursive: true, filter: (source) => !/README\.md$/.test(source)})
console.log(`dist/ built (${production ? 'production' : 'development'}); @node-rs/jieba binaries staged: ${platforms.join(', ') || 'none'}`)
