/** `[start, end)` of each line of a segment's text: a line break ends a paragraph as a block does, so line-based rules judge each line alone. */
export function linesOf(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  let start = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', start)) {
    lines.push([start, index])
    start = index + 1
  }
  lines.push([start, text.length])
  return lines
}
