import {decodeNamedCharacterReference} from 'decode-named-character-reference'

/**
 * Maps offsets in extracted prose back to the source text. Prose is stored as pieces:
 * a verbatim piece copies source characters one to one; an atomic piece stands for a
 * whole source span (an entity such as `&ldquo;`, an escape such as `\*`, inline code).
 */
interface Piece {
  proseStart: number
  proseLength: number
  sourceStart: number
  sourceLength: number
  verbatim: boolean
}

export interface SourceRange {
  start: number
  end: number
}

export interface AlignOptions {
  /** Whether a backslash before ASCII punctuation escapes it, as in Markdown (not in HTML). */
  escapes?: boolean
}

export class SourceMap {
  readonly #pieces: readonly Piece[]

  constructor(pieces: readonly Piece[]) {
    this.#pieces = pieces
  }

  /** The source range covered by prose `[start, end)`; an empty range maps to a point. */
  toSource(start: number, end: number): SourceRange {
    const first = this.#locate(start)
    if (end <= start) {
      const at = first ? this.#sourceStartOf(first, start) : 0
      return {start: at, end: at}
    }
    const last = this.#locate(end - 1)
    if (!first || !last) return {start: 0, end: 0}
    return {start: this.#sourceStartOf(first, start), end: this.#sourceEndOf(last, end - 1)}
  }

  /**
   * Whether prose `[start, end)` is one unbroken stretch of source, so that replacing the
   * source range cannot delete markup between the characters.
   */
  isContiguous(start: number, end: number): boolean {
    let expected: number | undefined
    for (const piece of this.#pieces) {
      const pieceEnd = piece.proseStart + piece.proseLength
      if (pieceEnd <= start || piece.proseStart >= end) continue
      if (expected !== undefined && piece.sourceStart !== expected) return false
      const partial = piece.proseStart < start || pieceEnd > end
      if (partial && !piece.verbatim) return false
      expected = piece.sourceStart + piece.sourceLength
    }
    return true
  }

  /** The same map for prose whose source now starts `delta` code units later (a chunk placed in its document). */
  shifted(delta: number): SourceMap {
    return new SourceMap(this.#pieces.map((piece) => ({...piece, sourceStart: piece.sourceStart + delta})))
  }

  #locate(offset: number): Piece | undefined {
    const pieces = this.#pieces
    let low = 0
    let high = pieces.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const piece = pieces[middle]!
      if (offset < piece.proseStart) high = middle - 1
      else if (offset >= piece.proseStart + piece.proseLength) low = middle + 1
      else return piece
    }
    return pieces.at(-1)
  }

  #sourceStartOf(piece: Piece, offset: number): number {
    if (!piece.verbatim) return piece.sourceStart
    return piece.sourceStart + Math.min(offset - piece.proseStart, piece.proseLength)
  }

  #sourceEndOf(piece: Piece, offset: number): number {
    if (!piece.verbatim) return piece.sourceStart + piece.sourceLength
    return piece.sourceStart + Math.min(offset - piece.proseStart + 1, piece.proseLength)
  }
}

/** Builds prose text and its source map together, so the two cannot drift apart. */
export class ProseBuilder {
  #text = ''
  readonly #pieces: Piece[] = []

  get length(): number {
    return this.#text.length
  }

  /** Prose that is exactly the source from `sourceStart`. */
  verbatim(text: string, sourceStart: number): void {
    if (text.length === 0) return
    const last = this.#pieces.at(-1)
    if (
      last?.verbatim &&
      last.proseStart + last.proseLength === this.#text.length &&
      last.sourceStart + last.sourceLength === sourceStart
    ) {
      last.proseLength += text.length
      last.sourceLength += text.length
    } else {
      this.#pieces.push({
        proseStart: this.#text.length,
        proseLength: text.length,
        sourceStart,
        sourceLength: text.length,
        verbatim: true,
      })
    }
    this.#text += text
  }

  /** Prose that stands for the whole source span `[sourceStart, sourceEnd)`. */
  atomic(text: string, sourceStart: number, sourceEnd: number): void {
    if (text.length === 0) return
    this.#pieces.push({
      proseStart: this.#text.length,
      proseLength: text.length,
      sourceStart,
      sourceLength: sourceEnd - sourceStart,
      verbatim: false,
    })
    this.#text += text
  }

  /**
   * Prose `value` that a parser decoded from `source[sourceStart, sourceEnd)`: character
   * references, backslash escapes (with `escapes`, as in Markdown), characters the parser
   * replaced (HTML reads a lone `\r` as `\n`, NUL becomes U+FFFD) and stripped characters
   * (indentation, `>` markers, `\r`) are found by walking both strings side by side.
   */
  aligned(value: string, source: string, sourceStart: number, sourceEnd: number, options: AlignOptions = {}): void {
    let i = 0
    let j = sourceStart
    while (i < value.length) {
      if (j >= sourceEnd) {
        this.atomic(value.slice(i), sourceEnd, sourceEnd)
        return
      }
      const char = source[j]!
      if (char === '&') {
        const reference = decodedReference(value, i, source, j, sourceEnd)
        if (reference) {
          this.atomic(reference.value, j, reference.end)
          i += reference.value.length
          j = reference.end
          continue
        }
      }
      // Before the literal match: in `\\,` the first backslash escapes the second one.
      if (options.escapes && char === '\\' && source[j + 1] === value[i] && asciiPunctuation.test(value[i]!)) {
        this.atomic(value[i]!, j, j + 2)
        i += 1
        j += 2
        continue
      }
      if (char === value[i]) {
        let run = 1
        while (i + run < value.length && j + run < sourceEnd && source[j + run] === value[i + run] && source[j + run] !== '&' && source[j + run] !== '\\') run++
        this.verbatim(value.slice(i, i + run), j)
        i += run
        j += run
        continue
      }
      // HTML reads a lone CR as LF; both parsers read NUL as U+FFFD.
      if ((char === '\r' && value[i] === '\n' && source[j + 1] !== '\n') || (char === '\0' && value[i] === '\uFFFD')) {
        this.atomic(value[i]!, j, j + 1)
        i += 1
        j += 1
        continue
      }
      j += 1
    }
  }

  build(): {text: string; map: SourceMap} {
    return {text: this.#text, map: new SourceMap(this.#pieces)}
  }
}

const asciiPunctuation = /^[!-/:-@[-`{-~]$/

const characterReference = /&(?:#[xX][0-9a-fA-F]+|#[0-9]+|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/y

/**
 * The character reference at `at` in `source` that the parser decoded into `value` at `i`,
 * with its decoded text and where it ends; undefined when the parser kept the `&` as it is.
 * Markdown decodes only references closed by `;`; HTML also decodes numeric ones without it
 * and a legacy name that prefixes the text (`&copy2024` is `©2024`), though not in every
 * attribute context. So a reference without `;` counts only when `value` does not read it
 * literally, and every candidate must agree with `value`.
 */
function decodedReference(
  value: string,
  i: number,
  source: string,
  at: number,
  limit: number,
): {value: string; end: number} | undefined {
  characterReference.lastIndex = at
  const match = characterReference.exec(source)
  if (!match || at + match[0].length > limit) return undefined
  const [whole, name, semicolon] = match
  if (name === undefined) {
    // Parsers replace invalid code points by U+FFFD or a windows-1252 character, so the
    // decoded character is whatever code point the value holds here.
    if (value.startsWith(whole, i) || i >= value.length) return undefined
    return {value: String.fromCodePoint(value.codePointAt(i)!), end: at + whole.length}
  }
  if (semicolon) {
    const decoded = decodeNamedCharacterReference(name)
    if (decoded !== false && value.startsWith(decoded, i)) return {value: decoded, end: at + whole.length}
  }
  for (let length = name.length; length >= 2; length--) {
    const decoded = decodeNamedCharacterReference(name.slice(0, length))
    if (decoded === false) continue
    if (value.startsWith(source.slice(at, at + 1 + length), i)) return undefined
    if (value.startsWith(decoded, i)) return {value: decoded, end: at + 1 + length}
  }
  return undefined
}
