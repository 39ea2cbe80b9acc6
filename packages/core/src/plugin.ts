import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {VFile} from 'vfile'
import type {Config} from './engine/config.js'
import {stripBom} from './engine/check.js'
import {lintDocument} from './engine/run.js'
import {extractHtml, extractMarkdown} from './parse/index.js'
import type {Finding} from './types.js'

export interface ShenjiaoPluginOptions {
  config?: Config
}

/**
 * unified plugin: after remark-parse (add remark-frontmatter and remark-gfm for front
 * matter and tables) or rehype-parse, reports the same findings as `check` as vfile
 * messages with `source: 'shenjiao'`. Positions count from after any BOM, as `check`'s do.
 */
export default function shenjiao(options: ShenjiaoPluginOptions = {}) {
  return (tree: MdastRoot | HastRoot, file: VFile): void => {
    const value = String(file.value ?? '')
    const text = stripBom(value)
    if (!isHast(tree)) {
      // micromark drops a BOM and counts offsets without it.
      for (const finding of lintDocument(extractMarkdown(tree, text), text, options.config)) report(file, finding)
      return
    }
    // parse5 keeps a BOM and counts it in offsets: lint in its coordinates, then move back.
    const bom = value.length - text.length
    for (const finding of lintDocument(extractHtml(tree, value), value, options.config)) {
      report(file, bom === 0 ? finding : withoutBom(finding))
    }
  }
}

/** Whether the tree is hast: mdast roots hold flow content, never elements or bare text. */
function isHast(tree: MdastRoot | HastRoot): tree is HastRoot {
  return tree.children.some((child) => ['element', 'doctype', 'comment', 'text'].includes(child.type))
}

/** A finding located in text with a BOM, located in the text without it. */
function withoutBom(finding: Finding): Finding {
  const start = Math.max(finding.offset - 1, 0)
  const end = Math.max(finding.offset + finding.length - 1, 0)
  return {
    ...finding,
    offset: start,
    length: end - start,
    column: finding.line === 1 ? Math.max(finding.column - 1, 1) : finding.column,
    endColumn: finding.endLine === 1 ? Math.max(finding.endColumn - 1, 1) : finding.endColumn,
  }
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
