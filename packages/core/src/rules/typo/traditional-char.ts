import {defineRule, type ProseSegment} from '../../engine/rule.js'
import {dictionaryRows} from '../../dictionaries/registry.js'

/** Opening and closing marks of titles and quotations: names and quoted text keep their own characters. */
const opening = new Set(['《', '〈', '“', '‘', '「', '『'])
const closing = new Set(['》', '〉', '”', '’', '」', '』'])

/** Marks that end a clause: the unit in which traditional and simplified characters are compared. */
const clauseEnds = new Set(['。', '！', '？', '；', '，', '、', '：', '\n'])

/**
 * Standard forms that traditional writing uses as well (后 里 台 只 …: 皇后, 鄰里, 天台), so
 * seeing one says nothing about which script a passage is written in.
 */
const sharedForms = new Set('后里台只云余谷冲斗范板向才致布并志困御叶卜胡松郁面托夸丰几仇乃回周制术杰价党厂广气虫万儿无尔号从体迹烟喂凶')

interface Table {
  /** Traditional or variant character → its standard form. */
  standard: ReadonlyMap<string, string>
  /** Standard forms found only in simplified writing (们 这 个 …). */
  simplifiedOnly: ReadonlySet<string>
  /** Any character of `standard`: most segments have none and are skipped in one native scan. */
  anyTraditional: RegExp
  /** Every character of `standard`, and of `simplifiedOnly`, for counting over a whole document. */
  everyTraditional: RegExp
  everySimplified: RegExp
}

let table: Table | undefined

function traditionalTable(): Table {
  if (!table) {
    const standard = new Map(dictionaryRows('traditional-chars').map(([traditional, simplified]) => [traditional!, simplified!]))
    const simplifiedOnly = new Set([...standard.values()].filter((char) => !sharedForms.has(char) && !standard.has(char)))
    const traditionalClass = `[${[...standard.keys()].join('')}]`
    table = {
      standard,
      simplifiedOnly,
      anyTraditional: new RegExp(traditionalClass, 'u'),
      everyTraditional: new RegExp(traditionalClass, 'gu'),
      everySimplified: new RegExp(`[${[...simplifiedOnly].join('')}]`, 'gu'),
    }
  }
  return table
}

interface Clause {
  /** Traditional characters outside quotes and titles, with their offsets. */
  traditional: Array<{char: string; start: number}>
  simplified: number
}

/** The segment's clauses, counting characters outside 《》 and quotation marks only. */
function clausesOf(text: string, {standard, simplifiedOnly}: Table): Clause[] {
  const clauses: Clause[] = [{traditional: [], simplified: 0}]
  let depth = 0
  let offset = 0
  for (const char of text) {
    const clause = clauses[clauses.length - 1]!
    if (opening.has(char)) depth++
    else if (closing.has(char)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && clauseEnds.has(char)) clauses.push({traditional: [], simplified: 0})
    else if (depth === 0 && standard.has(char)) clause.traditional.push({char, start: offset})
    else if (depth === 0 && simplifiedOnly.has(char)) clause.simplified++
    offset += char.length
  }
  return clauses
}

/** Traditional and simplified-only characters of the whole segment. */
function countsOf(clauses: readonly Clause[]): {traditional: number; simplified: number} {
  let traditional = 0
  let simplified = 0
  for (const clause of clauses) {
    traditional += clause.traditional.length
    simplified += clause.simplified
  }
  return {traditional, simplified}
}

/**
 * Whether a clause's traditional characters are slips: the clause mixes them with simplified
 * characters, or holds a single one in a simplified segment. A clause written in traditional
 * characters throughout (香港灣仔港灣道18號, a name) is deliberate.
 */
function isSlip(clause: Clause, simplifiedSegment: boolean): boolean {
  return clause.simplified > 0 || (clause.traditional.length === 1 && simplifiedSegment)
}

/**
 * Whether a document is clearly written in simplified characters, for segments too short to
 * tell by themselves (a heading 政務公開, a salutation 各單位：).
 */
function isSimplifiedDocument(segments: readonly ProseSegment[], {everyTraditional, everySimplified}: Table): boolean {
  let traditional = 0
  let simplified = 0
  for (const {text} of segments) {
    traditional += text.match(everyTraditional)?.length ?? 0
    simplified += text.match(everySimplified)?.length ?? 0
  }
  return simplified >= 10 && simplified > 2 * traditional
}

export default defineRule({
  id: 'typo/traditional-char',
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    traditional: '简体文本中混入繁体字或异体字“{actual}”，应使用规范字“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    const segments: ProseSegment[] = []
    /** Segments with traditional characters and no simplified ones: decided by the whole document. */
    const undecided: Array<{segment: ProseSegment; clauses: Clause[]}> = []
    const report = (clause: Clause, segment: ProseSegment, table: Table): void => {
      for (const {char, start} of clause.traditional) {
        context.report({messageId: 'traditional', range: [start, start + char.length], expected: [table.standard.get(char)!], segment})
      }
    }
    return {
      prose(segment) {
        segments.push(segment)
        const table = traditionalTable()
        if (!table.anyTraditional.test(segment.text)) return
        const clauses = clausesOf(segment.text, table)
        const counts = countsOf(clauses)
        // A passage clearly written in traditional characters (a quoted traditional text, a Hong Kong address) is left alone.
        if (counts.traditional === 0 || (counts.traditional >= 3 && counts.traditional > 2 * counts.simplified)) return
        if (counts.simplified === 0) return void undecided.push({segment, clauses})
        const simplifiedSegment = counts.simplified > counts.traditional
        for (const clause of clauses) if (isSlip(clause, simplifiedSegment)) report(clause, segment, table)
      },
      end() {
        if (undecided.length === 0 || !isSimplifiedDocument(segments, traditionalTable())) return
        for (const {segment, clauses} of undecided) for (const clause of clauses) report(clause, segment, traditionalTable())
      },
    }
  },
})
