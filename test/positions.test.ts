/**
 * Positions are exact: documents are generated as pieces, the generator records where it put
 * each deliberate error, and every finding must sit exactly there, in every format, behind
 * markup, entities, escapes, astral characters, CRLF, lone CR and a BOM.
 */
import {check, fix, ruleIds, shenjiao, type Config, type Finding, type Format} from '@shenjiao/core'
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

/** Generated source with the places of the errors the generator put in it. */
interface Fragment {
  source: string
  errors: Array<{offset: number; form: string}>
}

function concat(fragments: readonly Fragment[]): Fragment {
  let source = ''
  const errors: Fragment['errors'] = []
  for (const fragment of fragments) {
    for (const error of fragment.errors) errors.push({offset: source.length + error.offset, form: error.form})
    source += fragment.source
  }
  return {source, errors}
}

function wrap(fragment: Fragment, open: string, close: string): Fragment {
  return concat([plain(open), fragment, plain(close)])
}

function plain(source: string): Fragment {
  return {source, errors: []}
}

/** Only the named rule runs, so other rules' findings cannot blur the assertions. */
function only(ruleId: string): Config {
  return {rules: Object.fromEntries([...ruleIds].map((id) => [id, id === ruleId ? 'error' : 'off']))}
}

/** Line and column of `offset`, computed apart from LineIndex: `\r\n`, `\n` and a lone `\r` end lines. */
function placeOf(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const char = text[i]
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++
      lineStart = i + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}

/** Decodes numeric character references, the way a comma is written in HTML (`&#44;`, `&#x2c;`). */
function decodeReferences(actual: string): string {
  return actual
    .replace(/&#[xX]([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, decimal: string) => String.fromCodePoint(Number.parseInt(decimal, 10)))
}

/** Decodes the forms a comma is written in Markdown: `,`, `\,`, `&#44;`, `&#x2c;`. */
function decode(actual: string): string {
  return decodeReferences(actual).replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

function expectPlaces(text: string, finding: Finding): void {
  const start = placeOf(text, finding.offset)
  const end = placeOf(text, finding.offset + finding.length)
  expect({line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn}).toEqual({
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  })
}

const han = fc.constantFrom('中', '国', '政', '府', '文', '件', '𠮷', '𩸽')
const hanRun = fc.array(han, {minLength: 1, maxLength: 4}).map((chars) => chars.join(''))
const ascii = fc.stringMatching(/^[a-z]{1,5}$/)
const digits = fc.stringMatching(/^[0-9]{1,4}$/)

/**
 * Text that no rule under test fires on, written for each format; with references a parser
 * keeps as they are (`&copy` in Markdown) or decodes without `;` (`&copy2024` in HTML).
 */
function atomOf(format: Format): fc.Arbitrary<Fragment> {
  const common = [hanRun, ascii, digits, fc.constant('😀')]
  const special =
    format === 'markdown'
      ? ['\\*', '\\\\', '&ldquo;', '&rdquo;', '&amp;', '&#x4e2d;', '&#20013;', '&nbsp;', '&copy', '&amp', 'R&D']
      : format === 'html'
        ? ['&ldquo;', '&rdquo;', '&amp;', '&#x4e2d;', '&#20013;', '&nbsp;', '<br>', '&copy2024', '&amp', '&notin', '\\\\']
        : ['　']
  return fc.oneof(...common, fc.constantFrom(...special)).map(plain)
}

/** The forms a half-width comma takes in each format; all decode to `,`. */
const commaForms: Record<Format, readonly string[]> = {
  text: [','],
  markdown: [',', '\\,', '&#44;', '&#x2c;'],
  html: [',', '&#44;', '&#x2C;'],
}

/**
 * A deliberate error: a comma between two Han characters, or between a backslash and a Han
 * character (still Chinese context): an escaped backslash in Markdown, a literal one in HTML.
 */
function errorOf(format: Format): fc.Arbitrary<Fragment> {
  const backslash = format === 'markdown' ? '\\\\' : format === 'html' ? '\\' : ''
  return fc
    .tuple(han, fc.constantFrom('', backslash), fc.constantFrom(...commaForms[format]), han)
    .map(([first, slash, form, after]) => ({source: first + slash + form + after, errors: [{offset: first.length + slash.length, form}]}))
}

const wrappers: Record<Format, ReadonlyArray<readonly [string, string]>> = {
  text: [],
  markdown: [
    ['*', '*'],
    ['**', '**'],
    ['[', '](http://x.cn)'],
  ],
  html: [
    ['<span>', '</span>'],
    ['<strong>', '</strong>'],
    ['<a href="http://x.cn">', '</a>'],
  ],
}

/** A run of atoms and errors, wrapped in up to two inline wrappers (never a link in a link). */
function itemOf(format: Format): fc.Arbitrary<Fragment> {
  const content = fc.array(fc.oneof(atomOf(format), errorOf(format)), {minLength: 1, maxLength: 3}).map((parts) => concat(parts))
  const chain = wrappers[format].length === 0 ? fc.constant([]) : fc.uniqueArray(fc.constantFrom(...wrappers[format]), {maxLength: 2})
  return fc.tuple(content, chain).map(([inner, around]) => around.reduce((fragment, [open, close]) => wrap(fragment, open, close), inner))
}

function lineOf(format: Format): fc.Arbitrary<Fragment> {
  const items = fc.array(fc.tuple(fc.constantFrom('', ' '), itemOf(format)), {minLength: 1, maxLength: 4})
  const line = items.map((pairs) => concat(pairs.map(([separator, item], index) => concat([plain(index === 0 ? '' : separator), item]))))
  if (format !== 'html') return line
  return fc.tuple(line, fc.boolean()).map(([fragment, block]) => (block ? wrap(fragment, '<p>', '</p>') : fragment))
}

/** Lines joined by LF, CRLF or a lone CR; Markdown sometimes leaves a blank line (a new paragraph). */
function documentOf(format: Format): fc.Arbitrary<{text: string; bom: boolean; errors: Fragment['errors']}> {
  const ending = fc.constantFrom('\n', '\r\n', '\r')
  const gap = format === 'markdown' ? fc.boolean() : fc.constant(false)
  const lines = fc.array(fc.tuple(lineOf(format), ending, gap), {minLength: 1, maxLength: 5})
  return fc.tuple(lines, fc.boolean()).map(([parts, bom]) => {
    const fragment = concat(parts.map(([line, eol, blank], index) => (index === 0 ? line : concat([plain(blank ? eol + eol : eol), line]))))
    return {text: fragment.source, bom, errors: fragment.errors}
  })
}

const formats: readonly Format[] = ['text', 'markdown', 'html']
const halfwidth = 'punctuation/no-halfwidth-in-chinese'

describe('finding positions are exact', () => {
  for (const format of formats) {
    it(`puts every half-width comma where the generator did (${format})`, () => {
      fc.assert(
        fc.property(documentOf(format), ({text, bom, errors}) => {
          const source = bom ? `\uFEFF${text}` : text
          const findings = check(source, {format, config: only(halfwidth)})
          expect(findings.map((finding) => [finding.offset, finding.length])).toEqual(
            errors.map((error) => [error.offset, error.form.length]),
          )
          for (const finding of findings) {
            expect(finding.actual).toBe(text.slice(finding.offset, finding.offset + finding.length))
            expect(decode(finding.actual)).toBe(',')
            expect(finding.expected).toEqual(['，'])
            expect(finding.fixable).toBe('safe')
            expectPlaces(text, finding)
          }
          let fixed = text
          for (const error of [...errors].reverse()) {
            fixed = fixed.slice(0, error.offset) + '，' + fixed.slice(error.offset + error.form.length)
          }
          expect(fix(source, {format, config: only(halfwidth)}).output).toBe(fixed)
        }),
        {numRuns: 300},
      )
    })
  }
})

/** Markup, references and line ends of every format, shuffled with arbitrary code points. */
const anything = fc
  .array(
    fc.oneof(
      fc.constantFrom('*', '**', '_', '[', '](http://x.cn "t")', '![', '`', '\\', '|', '> ', '- ', '# ', '---', '<p>', '</p>', '<b>', '<br>', '<img alt="', '">'),
      fc.constantFrom('&amp;', '&#44;', '&#x2c;', '&ldquo;', '&nbsp;', '&copy', '&', ';', '<!--', '-->', ' shenjiao-disable ', '\0'),
      fc.constantFrom(',', ';', ':', '?', '!', '(', ')', ' ', '　', '中', '的', '𠮷', '😀', '\r', '\n', '\r\n', '\uFEFF'),
      fc.string({unit: 'binary', maxLength: 3}),
    ),
    {maxLength: 30},
  )
  .map((parts) => parts.join(''))

describe('any input', () => {
  for (const format of formats) {
    it(`gives findings inside the text, whose places and actual agree with their offsets (${format})`, () => {
      fc.assert(
        fc.property(anything, fc.boolean(), (text, bom) => {
          const source = bom ? `\uFEFF${text}` : text
          const stripped = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
          for (const finding of check(source, {format, config: only(halfwidth)})) {
            // The source behind the finding spells the marks the rule saw: exactly when it is
            // safe to replace, else with markup between them (`,<b>,`).
            const marks = finding.expected[0]!.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
            const spelt = format === 'markdown' ? decode(finding.actual) : decodeReferences(finding.actual)
            if (finding.fixable === 'safe') expect(spelt).toBe(marks)
            else expect([spelt.at(0), spelt.at(-1)]).toEqual([marks.at(0), marks.at(-1)])
            expect(finding.offset).toBeGreaterThanOrEqual(0)
            expect(finding.offset + finding.length).toBeLessThanOrEqual(stripped.length)
            expect(finding.actual).toBe(stripped.slice(finding.offset, finding.offset + finding.length))
            expect(finding.length).toBeGreaterThan(0)
            expectPlaces(stripped, finding)
          }
        }),
        {numRuns: 500},
      )
    })
  }
})

describe('the unified plugin places findings as check does', () => {
  const processors = {
    markdown: unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(shenjiao, {config: only(halfwidth)}),
    html: unified().use(rehypeParse).use(shenjiao, {config: only(halfwidth)}),
  }
  for (const format of ['markdown', 'html'] as const) {
    it(`after ${format === 'markdown' ? 'remark-parse' : 'rehype-parse'}, BOM or not`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(documentOf(format).map(({text}) => text), anything), fc.boolean(), async (text, bom) => {
          const source = bom ? `\uFEFF${text}` : text
          const file = new VFile(source)
          const processor = processors[format]
          await processor.run(processor.parse(file), file)
          const places = file.messages.map((message) => message.place)
          expect(places).toEqual(
            check(source, {format, config: only(halfwidth)}).map((finding) => ({
              start: {line: finding.line, column: finding.column, offset: finding.offset},
              end: {line: finding.endLine, column: finding.endColumn, offset: finding.offset + finding.length},
            })),
          )
        }),
        {numRuns: 200},
      )
    })
  }
})

/** Two 的 written so that the rule sees 的的: plain, split by markup, or as a character reference. */
interface Doubled {
  format: Format
  source: string
  /** Offsets of the first 的 and of the end of the second, within `source`. */
  start: number
  end: number
  contiguous: boolean
}

const doubled: readonly Doubled[] = [
  {format: 'text', source: '的的', start: 0, end: 2, contiguous: true},
  {format: 'markdown', source: '的的', start: 0, end: 2, contiguous: true},
  {format: 'markdown', source: '的**的**', start: 0, end: 4, contiguous: false},
  {format: 'markdown', source: '**的**的', start: 2, end: 6, contiguous: false},
  {format: 'markdown', source: '*的*的', start: 1, end: 4, contiguous: false},
  {format: 'markdown', source: '的[的](http://x.cn)', start: 0, end: 3, contiguous: false},
  {format: 'markdown', source: '的&#x7684;', start: 0, end: 9, contiguous: true},
  {format: 'markdown', source: '&#30340;的', start: 0, end: 9, contiguous: true},
  {format: 'html', source: '的的', start: 0, end: 2, contiguous: true},
  {format: 'html', source: '的<b>的</b>', start: 0, end: 5, contiguous: false},
  {format: 'html', source: '<span>的</span>的', start: 6, end: 15, contiguous: false},
  {format: 'html', source: '的&#x7684;', start: 0, end: 9, contiguous: true},
]

const repeated = 'typo/no-repeated-word'

describe('a repeated word split by markup', () => {
  it('spans both words, and is only suggested when markup lies between them', () => {
    const preamble = fc.array(fc.tuple(fc.constantFrom('中国', '政府文件𠮷', 'abc 123', '😀'), fc.constantFrom('\n', '\r\n', '\r')), {maxLength: 3})
    fc.assert(
      fc.property(fc.constantFrom(...doubled), preamble, fc.boolean(), (word, lines, bom) => {
        const [open, close] = word.format === 'html' ? ['<p>', '</p>'] : ['', '']
        const blank = word.format === 'markdown' ? '\n\n' : '\n'
        const before = lines.map(([line, eol]) => open + line + close + eol).join('') + (lines.length > 0 ? blank : '')
        const text = `${before}${open}按照规定${word.source}要求办理。${close}`
        const source = bom ? `\uFEFF${text}` : text
        const findings = check(source, {format: word.format, config: only(repeated)})
        const start = before.length + open.length + '按照规定'.length + word.start
        const end = before.length + open.length + '按照规定'.length + word.end
        expect(findings).toHaveLength(1)
        const [finding] = findings as [Finding]
        expect([finding.offset, finding.offset + finding.length]).toEqual([start, end])
        expect(finding.actual).toBe(text.slice(start, end))
        expect(finding.expected).toEqual(['的'])
        expect(finding.fixable).toBe(word.contiguous ? 'safe' : 'suggest')
        expectPlaces(text, finding)
        const output = fix(source, {format: word.format, config: only(repeated)}).output
        expect(output).toBe(word.contiguous ? text.slice(0, start) + '的' + text.slice(end) : text)
      }),
      {numRuns: 150},
    )
  })
})
