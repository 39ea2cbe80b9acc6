import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {VFile} from 'vfile'
import type {Config} from './engine/config.js'
import {lintDocument} from './engine/run.js'
import {extractHtml, extractMarkdown} from './parse/index.js'
import type {Finding} from './types.js'

export interface ShenjiaoPluginOptions {
  config?: Config
}

/**
 * unified plugin: after remark-parse (add remark-frontmatter and remark-gfm for front
 * matter and tables) or rehype-parse, reports the same findings as `check` as vfile
 * messages with `source: 'shenjiao'`.
 */
export default function shenjiao(options: ShenjiaoPluginOptions = {}) {
  return (tree: MdastRoot | HastRoot, file: VFile): void => {
    const source = String(file.value ?? '')
    const document = isHast(tree) ? extractHtml(tree, source) : extractMarkdown(tree as MdastRoot, source)
    for (const finding of lintDocument(document, source, options.config)) report(file, finding)
  }
}

function isHast(tree: MdastRoot | HastRoot): tree is HastRoot {
  return tree.children.some((child) => child.type === 'element' || child.type === 'doctype' || child.type === 'comment')
}

function report(file: VFile, finding: Finding): void {
  const message = file.message(finding.message, {
    place: {
      start: {line: finding.line, column: finding.column, offset: finding.offset},
      end: {line: finding.endLine, column: finding.endColumn, offset: finding.offset + finding.length},
    },
    ruleId: finding.ruleId,
    source: 'shenjiao',
  })
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
  message.actual = finding.actual
  message.expected = finding.expected
  message.url = finding.url
  if (finding.note !== undefined) message.note = finding.note
}
