import {defineRule, type ProseSegment} from '../../engine/rule.js'
import type {Token} from '../../segment/index.js'
import {onWordBoundaries, tokenEndingAt} from '../shared/tokens.js'

/**
 * A body named after a place: 市 (or 北京市, 浙江省 …), two to fourteen Han characters,
 * and the kind of body. Bounded, so the lazy middle cannot backtrack far.
 */
const institution = /([省市县区])(\p{Script=Han}{2,14}?)(局|厅|委员会|办公室)/gu

/** Words that qualify a body rather than name it: 各级财政局 is no body's name. */
const qualifiers: ReadonlySet<string> = new Set(['各', '各级', '有关', '相关', '本', '全', '该', '所属', '下属', '上级', '主管'])

/** Joining words a short form drops without changing the name (住房和城乡建设 → 住房城乡建设). */
const joiners: ReadonlySet<string> = new Set(['和', '与', '及'])

interface Mention {
  segment: ProseSegment
  /** 1-based number of the block, for the message. */
  block: number
  start: number
  end: number
  name: string
  /** Place character and kind of body: 市…局. Only names of one kind at one level are compared. */
  kind: string
  words: string[]
}

/**
 * Whether `token` is a place: a bare 省/市/县/区, or a place name ending in one (杭州市,
 * 海淀区). Two-character words are left out: the segmenter tags 城市 and 地区 as places.
 */
function isPlace(token: Token | undefined): boolean {
  return token !== undefined && (token.text.length === 1 || (token.text.length >= 3 && token.tag.startsWith('ns')))
}

/**
 * The words of a name's middle, `[start, end)` followed by the kind of body, when words of the
 * segment begin at `start` and end with the body; the segmenter often joins the kind to the
 * last word (管理局, 建设局), which then counts without it.
 */
function wordsOf(tokens: readonly Token[], start: number, end: number, body: string): string[] | undefined {
  const bodyEnd = end + body.length
  if (!onWordBoundaries(tokens, start, bodyEnd)) return undefined
  const words = tokens.filter((token) => token.start >= start && token.end <= bodyEnd).map((token) => token.text)
  const last = words.pop()!.slice(0, -body.length)
  return last === '' ? words : [...words, last]
}

/** The institution names of a segment whose place and words the segmenter confirms. */
function mentionsIn(segment: ProseSegment, block: number): Mention[] {
  const mentions: Mention[] = []
  for (const match of segment.text.matchAll(institution)) {
    const [name, place, middle, body] = match as unknown as [string, string, string, string]
    const coreStart = match.index + place.length
    const tokens = segment.tokens()
    if (!isPlace(tokenEndingAt(tokens, coreStart))) continue
    const words = wordsOf(tokens, coreStart, coreStart + middle.length, body)
    if (!words || qualifiers.has(words[0]!)) continue
    mentions.push({segment, block, start: match.index, end: match.index + name.length, name, kind: place + body, words})
  }
  return mentions
}

/**
 * Whether `longer` is `shorter` with whole words added, besides joining words: 市城市管理局
 * and 市城市建设管理局 name one body in two ways. A short form that clips words
 * (住建局 for 住房和城乡建设局) is an abbreviation and does not count.
 */
function addsWholeWords(shorter: readonly string[], longer: readonly string[]): boolean {
  const content = longer.filter((word) => !joiners.has(word))
  const kept = shorter.filter((word) => !joiners.has(word))
  if (kept.length === 0 || kept.length >= content.length) return false
  let next = 0
  for (const word of content) if (word === kept[next]) next++
  return next === kept.length
}

export default defineRule({
  id: 'wording/inconsistent-institution-name',
  severity: 'warning',
  recommended: false,
  messages: {
    inconsistent: '“{actual}”与第{block}段的“{other}”疑为同一机构的两种全称，应统一',
  },
  defaultOptions: {},
  create(context) {
    const mentions: Mention[] = []
    let blocks = 0
    return {
      prose(segment) {
        blocks++
        if (/[局厅会室]/.test(segment.text)) mentions.push(...mentionsIn(segment, blocks))
      },
      end() {
        const firstByName = new Map<string, Mention>()
        for (const mention of mentions) if (!firstByName.has(mention.name)) firstByName.set(mention.name, mention)
        const names = [...firstByName.values()]
        for (const later of names) {
          const earlier = names.find(
            (other) =>
              other !== later &&
              other.kind === later.kind &&
              (other.block < later.block || (other.block === later.block && other.start < later.start)) &&
              (addsWholeWords(other.words, later.words) || addsWholeWords(later.words, other.words)),
          )
          if (!earlier) continue
          context.report({
            messageId: 'inconsistent',
            segment: later.segment,
            range: [later.start, later.end],
            data: {other: earlier.name, block: String(earlier.block)},
          })
        }
      },
    }
  },
})
