export interface Place {
  line: number
  column: number
}

/**
 * Converts offsets to 1-based line and column, both in UTF-16 code units as LSP counts
 * them. `\r\n`, `\n` and a lone `\r` each end a line.
 */
export class LineIndex {
  readonly #lineStarts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10) this.#lineStarts.push(i + 1)
      else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.#lineStarts.push(i + 1)
      }
    }
  }

  place(offset: number): Place {
    const starts = this.#lineStarts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1}
  }

  /** Offset of the start of 1-based `line`, or undefined past the end. */
  lineStart(line: number): number | undefined {
    return this.#lineStarts[line - 1]
  }
}
