import {ProseBuilder} from './source-map.js'
import type {Block, ParsedDocument} from './document.js'

/**
 * Plain text: every non-empty line is a block. Chinese .txt copy puts one paragraph per
 * line, often indented with full-width spaces, and headings such as 一、 start a line.
 */
export function parseText(source: string): ParsedDocument {
  const blocks: Block[] = []
  const line = /[^\r\n]+/g
  for (const match of source.matchAll(line)) {
    if (match[0].trim() === '') continue
    const builder = new ProseBuilder()
    builder.verbatim(match[0], match.index)
    blocks.push({kind: 'paragraph', ...builder.build()})
  }
  return {blocks, directives: [], metadata: {}}
}
