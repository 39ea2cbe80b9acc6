import {isAbsolute, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {everyRule, type Finding, type Severity, type SiteRule, type Rule} from '@shenjiao/core'
import {packageInfo} from '../package-info.js'
import type {FailedFile, Reporter, Write} from './reporter.js'

const levels: Record<Severity, 'error' | 'warning' | 'note'> = {error: 'error', warning: 'warning', info: 'note'}

/**
 * For GitHub code scanning and other SARIF 2.1.0 consumers: one run, every shenjiao rule in
 * `tool.driver.rules`, locations relative to %SRCROOT% (the current directory). Columns are
 * UTF-16 code units, as in findings, which the run says with `columnKind`.
 */
export function sarifReporter(write: Write): Reporter {
  const results: object[] = []
  const notifications: object[] = []
  const described = everyRule
  const ruleIndex = new Map(described.map((rule, index) => [rule.id, index]))
  const add = (file: {path: string; findings: readonly Finding[]}): void => {
    const location = artifactLocation(file.path)
    for (const finding of file.findings) {
      results.push({
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: levels[finding.severity],
        message: {text: finding.message},
        locations: [{physicalLocation: {artifactLocation: location, region: region(finding)}}],
      })
    }
  }
  return {
    checked: add,
    site: add,
    failed(file: FailedFile) {
      notifications.push({
        level: 'error',
        message: {text: file.message},
        locations: [{physicalLocation: {artifactLocation: artifactLocation(file.path)}}],
      })
    },
    end() {
      const run = {
        tool: {
          driver: {
            name: 'shenjiao',
            informationUri: packageInfo.homepage,
            version: packageInfo.version,
            semanticVersion: packageInfo.version,
            rules: described.map(describeRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        results,
      }
      const log = {$schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run]}
      write(`${JSON.stringify(log, null, 2)}\n`)
    },
  }
}

function region(finding: Finding): object {
  return {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    charOffset: finding.offset,
    charLength: finding.length,
  }
}

/** A path relative to the current directory as a URI under %SRCROOT%; outside it, a file URI. */
function artifactLocation(path: string): object {
  const fromRoot = relative(process.cwd(), resolve(path))
  if (isAbsolute(fromRoot) || fromRoot === '..' || fromRoot.startsWith(`..${sep}`)) {
    return {uri: pathToFileURL(resolve(path)).href}
  }
  return {uri: fromRoot.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'}
}

/** Rules carry messages but no description; their message templates describe them. */
function describeRule(rule: Rule<string, unknown> | SiteRule): object {
  const messages = Object.values(rule.messages).map((template) => template.replace(/\{\w+\}/g, '…'))
  const description = messages.join('；')
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: {text: messages[0] ?? rule.id},
    fullDescription: {text: description},
    helpUri: rule.url,
    help: {text: `${description}\n规则说明：${rule.url}`, markdown: `${description}\n\n[规则说明](${rule.url})`},
    defaultConfiguration: {level: levels[rule.severity], enabled: rule.recommended},
    properties: {tags: [rule.category]},
  }
}
