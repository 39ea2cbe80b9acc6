import type {BlockKind} from '../../../parse/document.js'

/** Blocks that hold no lines of a document's body: table cells (metadata tables), image text, the page title. */
const notBody: ReadonlySet<BlockKind> = new Set(['table-cell', 'alt', 'title'])

export function isOutsideBody(kind: BlockKind): boolean {
  return notBody.has(kind)
}
