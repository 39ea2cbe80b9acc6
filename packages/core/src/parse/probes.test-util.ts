import type {Block} from './document.js'

/** Where the `nth` occurrence of `prose` starts in the block's text. */
function proseIndex(block: Block | undefined, prose: string, nth: number): {block: Block; index: number} {
  if (!block) throw new Error('no such block')
  let index = -1
  for (let i = 0; i <= nth; i++) index = block.text.indexOf(prose, index + 1)
  if (index === -1) throw new Error(`“${prose}” is not in “${block.text}”`)
  return {block, index}
}

/** The source text behind the `nth` occurrence of `prose` in the block's text. */
export function sourceOf(block: Block | undefined, source: string, prose: string, nth = 0): string {
  const found = proseIndex(block, prose, nth)
  const range = found.block.map.toSource(found.index, found.index + prose.length)
  return source.slice(range.start, range.end)
}

/** The source offset where the first occurrence of `prose` starts. */
export function offsetOf(block: Block | undefined, prose: string): number {
  const found = proseIndex(block, prose, 0)
  return found.block.map.toSource(found.index, found.index + prose.length).start
}
