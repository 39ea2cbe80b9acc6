import {describe, expect, it} from 'vitest'
import {ProseBuilder, type AlignOptions, type SourceMap} from './source-map.js'

/** Aligns a parser's `value` with the whole of `source`. */
function align(value: string, source: string, options?: AlignOptions): {text: string; map: SourceMap} {
  const builder = new ProseBuilder()
  builder.aligned(value, source, 0, source.length, options)
  return builder.build()
}

/** The source text that prose `[start, end)` maps to. */
function sourceOf(map: SourceMap, source: string, start: number, end: number): string {
  const range = map.toSource(start, end)
  return source.slice(range.start, range.end)
}

/** The source behind every code point of the prose, in order. */
function sourcesOfChars(text: string, map: SourceMap, source: string): string[] {
  const found: string[] = []
  for (let i = 0; i < text.length; ) {
    const length = String.fromCodePoint(text.codePointAt(i)!).length
    found.push(sourceOf(map, source, i, i + length))
    i += length
  }
  return found
}

describe('ProseBuilder', () => {
  it('merges verbatim runs that continue each other, and keeps jumps apart', () => {
    const builder = new ProseBuilder()
    builder.verbatim('中', 0)
    builder.verbatim('文', 1)
    builder.verbatim('字', 4)
    const {text, map} = builder.build()
    expect(text).toBe('中文字')
    expect(map.toSource(0, 2)).toEqual({start: 0, end: 2})
    expect(map.toSource(1, 3)).toEqual({start: 1, end: 5})
    expect(map.isContiguous(0, 2)).toBe(true)
    expect(map.isContiguous(1, 3)).toBe(false)
  })

  it('maps any part of an atomic piece to its whole source span', () => {
    const builder = new ProseBuilder()
    builder.verbatim('运行', 0)
    builder.atomic('\uFFFC', 2, 8)
    builder.verbatim('命令', 8)
    const {text, map} = builder.build()
    expect(text).toBe('运行\uFFFC命令')
    expect(map.toSource(2, 3)).toEqual({start: 2, end: 8})
    expect(map.toSource(1, 4)).toEqual({start: 1, end: 9})
  })

  it('maps an empty range to a point', () => {
    const {map} = align('中文', '中文')
    expect(map.toSource(1, 1)).toEqual({start: 1, end: 1})
    expect(map.isContiguous(1, 1)).toBe(true)
  })

  it('ignores empty text', () => {
    const builder = new ProseBuilder()
    builder.verbatim('', 3)
    builder.atomic('', 3, 5)
    expect(builder.length).toBe(0)
    expect(builder.build().text).toBe('')
  })
})

describe('aligned: character references', () => {
  it('maps named, decimal and hexadecimal references to their whole text', () => {
    const source = '&ldquo;中&#x4e2D;&#20013;&nbsp;文&rdquo;'
    const {text, map} = align('“中中中\u00a0文”', source)
    expect(text).toBe('“中中中\u00a0文”')
    expect(sourcesOfChars(text, map, source)).toEqual(['&ldquo;', '中', '&#x4e2D;', '&#20013;', '&nbsp;', '文', '&rdquo;'])
  })

  it('decodes `&amp;amp;` once, as both parsers do', () => {
    const source = '&amp;amp;中'
    const {map} = align('&amp;中', source)
    expect(sourceOf(map, source, 0, 1)).toBe('&amp;')
    expect(sourceOf(map, source, 5, 6)).toBe('中')
  })

  it('reads an astral character reference as its two code units', () => {
    const source = '&#x20BB7;,'
    const {text, map} = align('𠮷,', source)
    expect(text).toBe('𠮷,')
    expect(sourceOf(map, source, 0, 2)).toBe('&#x20BB7;')
    expect(map.toSource(2, 3)).toEqual({start: 9, end: 10})
  })

  it('keeps a reference without `;` that the parser left alone (Markdown)', () => {
    for (const source of ['中&amp文,字', '中&copy文,字', '中&#44文,字']) {
      const {map} = align(source, source, {escapes: true})
      expect(map.toSource(source.length - 2, source.length - 1)).toEqual({start: source.length - 2, end: source.length - 1})
    }
  })

  it('decodes a reference without `;` that the parser decoded (HTML)', () => {
    const cases = [
      {source: '中&amp文,字', value: '中&文,字', reference: '&amp'},
      {source: '中&copy2024,字', value: '中©2024,字', reference: '&copy'},
      {source: '中&notin,字', value: '中¬in,字', reference: '&not'},
      {source: '中&#44文', value: '中,文', reference: '&#44'},
    ]
    for (const {source, value, reference} of cases) {
      const {text, map} = align(value, source)
      expect(text).toBe(value)
      expect(sourceOf(map, source, 1, 2)).toBe(reference)
      expect(sourceOf(map, source, value.length - 1, value.length)).toBe(source.at(-1))
    }
  })

  it('takes the code point a parser substituted for an invalid numeric reference', () => {
    const cases = [
      {source: '中&#0;文', value: '中\uFFFD文'},
      {source: '中&#xD800;文', value: '中\uFFFD文'},
      {source: '中&#150;文', value: '中–文'},
      {source: '中&#x0000004e2d;文', value: '中中文'},
    ]
    for (const {source, value} of cases) {
      const {map} = align(value, source)
      expect(sourceOf(map, source, 1, 2)).toBe(source.slice(1, -1))
      expect(sourceOf(map, source, 2, 3)).toBe('文')
    }
  })

  it('keeps a named reference that decodes to two code units whole', () => {
    const source = '中&NotEqualTilde;文'
    const {text, map} = align('中\u2242\u0338文', source)
    expect(text).toHaveLength(4)
    expect(sourceOf(map, source, 1, 3)).toBe('&NotEqualTilde;')
    expect(map.isContiguous(1, 3)).toBe(true)
    expect(map.isContiguous(1, 2)).toBe(false)
  })
})

describe('aligned: backslash escapes', () => {
  it('maps an escaped character to the backslash and the character (Markdown)', () => {
    const source = '中\\*文\\,字'
    const {text, map} = align('中*文,字', source, {escapes: true})
    expect(sourcesOfChars(text, map, source)).toEqual(['中', '\\*', '文', '\\,', '字'])
  })

  it('reads `\\\\,` as an escaped backslash and a literal comma (Markdown)', () => {
    const source = '中\\\\,文'
    const {map} = align('中\\,文', source, {escapes: true})
    expect(map.toSource(1, 2)).toEqual({start: 1, end: 3})
    expect(map.toSource(2, 3)).toEqual({start: 3, end: 4})
  })

  it('keeps backslashes literal without `escapes` (HTML)', () => {
    const source = '中\\\\,文'
    const {text, map} = align('中\\\\,文', source)
    expect(text).toBe(source)
    expect(map.toSource(3, 4)).toEqual({start: 3, end: 4})
    expect(map.isContiguous(0, text.length)).toBe(true)
  })
})

describe('aligned: stripped and normalised characters', () => {
  it('skips block quote markers and indentation', () => {
    const source = '> 中文\n>   继续,字'
    const {text, map} = align('中文\n继续,字', source)
    expect(text).toBe('中文\n继续,字')
    expect(sourceOf(map, source, 5, 6)).toBe(',')
    expect(map.toSource(5, 6)).toEqual({start: 11, end: 12})
    expect(map.isContiguous(0, 3)).toBe(true)
    expect(map.isContiguous(2, 4)).toBe(false)
  })

  it('skips the `\\r` of a CRLF the parser turned into `\\n`', () => {
    const source = '中\r\n文,'
    const {map} = align('中\n文,', source)
    expect(map.toSource(1, 2)).toEqual({start: 2, end: 3})
    expect(map.toSource(3, 4)).toEqual({start: 4, end: 5})
  })

  it('maps a `\\n` the parser made of a lone `\\r` to that `\\r` (HTML)', () => {
    const source = '中\r文\r,'
    const {text, map} = align('中\n文\n,', source)
    expect(text).toBe('中\n文\n,')
    expect(map.toSource(1, 2)).toEqual({start: 1, end: 2})
    expect(map.toSource(4, 5)).toEqual({start: 4, end: 5})
  })

  it('maps the U+FFFD a parser put for NUL to the NUL', () => {
    const source = '中\0文,'
    const {map} = align('中\uFFFD文,', source)
    expect(map.toSource(1, 2)).toEqual({start: 1, end: 2})
    expect(map.toSource(3, 4)).toEqual({start: 3, end: 4})
  })

  it('keeps CR and CRLF that the parser kept (Markdown)', () => {
    const source = '中\r文\r\n字'
    const {text, map} = align(source, source, {escapes: true})
    expect(text).toBe(source)
    expect(map.isContiguous(0, source.length)).toBe(true)
  })

  it('counts astral characters as two code units', () => {
    const source = '𠮷𩸽,😀'
    const {text, map} = align(source, source)
    expect(map.toSource(4, 5)).toEqual({start: 4, end: 5})
    expect(sourcesOfChars(text, map, source)).toEqual(['𠮷', '𩸽', ',', '😀'])
  })

  it('puts prose the source cannot account for at the end of the span', () => {
    const builder = new ProseBuilder()
    builder.aligned('中文字', '前中文后', 1, 3)
    const {text, map} = builder.build()
    expect(text).toBe('中文字')
    expect(map.toSource(2, 3)).toEqual({start: 3, end: 3})
  })

  it('respects the span it is given', () => {
    const source = '<p>中,文</p>'
    const builder = new ProseBuilder()
    builder.aligned('中,文', source, 3, 6)
    expect(builder.build().map.toSource(1, 2)).toEqual({start: 4, end: 5})
  })
})

describe('SourceMap.isContiguous', () => {
  /** 的**的**: two verbatim pieces with markup between them. */
  function split(): SourceMap {
    const builder = new ProseBuilder()
    builder.verbatim('的', 0)
    builder.verbatim('的', 3)
    return builder.build().map
  }

  it('is false across markup, true on either side', () => {
    const map = split()
    expect(map.isContiguous(0, 2)).toBe(false)
    expect(map.isContiguous(0, 1)).toBe(true)
    expect(map.isContiguous(1, 2)).toBe(true)
    expect(map.toSource(0, 2)).toEqual({start: 0, end: 4})
  })

  it('is true over whole atomic pieces that continue each other', () => {
    const source = '的&#x7684;'
    const {map} = align('的的', source)
    expect(map.isContiguous(0, 2)).toBe(true)
    expect(map.toSource(0, 2)).toEqual({start: 0, end: source.length})
  })

  it('is false over part of an atomic piece: replacing it would drop the rest', () => {
    const builder = new ProseBuilder()
    builder.atomic('ab', 0, 6)
    expect(builder.build().map.isContiguous(0, 1)).toBe(false)
  })

  it('is true over part of a verbatim piece', () => {
    expect(align('中文字', '中文字').map.isContiguous(1, 2)).toBe(true)
  })
})

describe('SourceMap.shifted', () => {
  it('maps the same prose to a source placed further on, atomic pieces included', () => {
    const builder = new ProseBuilder()
    builder.verbatim('会议', 0)
    builder.atomic('“', 2, 9)
    builder.verbatim('召开', 9)
    const {map} = builder.build()
    const moved = map.shifted(100)
    expect(moved.toSource(0, 5)).toEqual({start: 100, end: 111})
    expect(moved.toSource(2, 3)).toEqual({start: 102, end: 109})
    expect(map.toSource(2, 3)).toEqual({start: 2, end: 9})
  })
})
