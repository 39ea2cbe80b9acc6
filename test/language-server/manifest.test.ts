// The VS Code extension's manifest against the server it bundles and the libraries it uses.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {defaultSettings} from '../../packages/language-server/src/settings.js'
import {repoRoot} from './harness.js'

const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages/vscode/package.json'), 'utf8')) as {
  engines: {vscode: string}
  main: string
  devDependencies: Record<string, string>
  contributes: {configuration: {properties: Record<string, {default?: unknown}>}; commands: Array<{command: string}>}
}
const require = createRequire(join(repoRoot, 'packages/vscode/package.json'))
const version = (range: string): number[] => range.replace(/^[\^~>=]+/, '').split('.').map(Number)
const compare = (a: number[], b: number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!

describe('packages/vscode/package.json', () => {
  it('contributes every server setting, with the server default, plus the client-only ones', () => {
    const properties = manifest.contributes.configuration.properties
    const serverKeys = Object.keys(defaultSettings).map((key) => `shenjiao.${key}`)
    expect(Object.keys(properties).sort()).toEqual([...serverKeys, 'shenjiao.include', 'shenjiao.trace.server'].sort())
    for (const [key, value] of Object.entries(defaultSettings)) expect(properties[`shenjiao.${key}`]!.default ?? undefined, key).toEqual(value ?? undefined)
  })

  it('needs a VS Code no older than vscode-languageclient does, and types no newer than it', () => {
    const main = require.resolve('vscode-languageclient/node')
    const client = JSON.parse(readFileSync(join(main.slice(0, main.lastIndexOf('vscode-languageclient')), 'vscode-languageclient/package.json'), 'utf8')) as {
      engines: {vscode: string}
    }
    expect(compare(version(manifest.engines.vscode), version(client.engines.vscode))).toBeGreaterThanOrEqual(0)
    expect(compare(version(manifest.devDependencies['@types/vscode']!), version(manifest.engines.vscode))).toBeLessThanOrEqual(0)
  })

  it('loads a CommonJS bundle and offers the fix-all command the server implements', () => {
    expect(manifest.main).toBe('./dist/extension.cjs')
    expect(manifest.contributes.commands.map((command) => command.command)).toContain('shenjiao.fixAll')
  })
})
