import {readDictionary} from '@shenjiao/dictionaries'
import {cachedMatcher} from '../../dictionaries/matcher.js'
import {defineRule, type ProseSegment} from '../../engine/rule.js'
import type {Token} from '../../segment/index.js'
import {charAt, charBefore, isHan} from '../shared/chars.js'
import {nearMisses, type Edit} from './shared/near-miss.js'
import {originalRange, withCharacters, withoutQuotes} from './shared/quotes.js'
import {createVariantIndex, type VariantHit, type VariantIndex} from './shared/variant-index.js'
import {onWordBoundaries} from '../shared/tokens.js'

interface Formulation {
  text: string
  chunks: string[]
  /** 提法, 会议, 机构 (a slip is a 严重表述错误) or 政策 (a slip is an ordinary error). */
  category: string
}

/** Shorter formulations have too many real words among their near-misses (国务院 → 国务员). */
const minimumLength = 4

/** Below this length a near-miss may be a different short phrase; the fix is only offered. */
const safeFixLength = 6

const editNames: Readonly<Record<Edit, string>> = {substitute: '错字', punctuation: '标点有误', drop: '漏字', double: '多字', swap: '颠倒'}

let formulations: Formulation[] | undefined
let index: VariantIndex | undefined

function loadFormulations(): Formulation[] {
  formulations ??= readDictionary('canonical-formulations').map(([text = '', chunks = '', category = '']) => ({
    text,
    chunks: chunks.split(' '),
    category,
  }))
  return formulations
}

/** Every near-miss of every formulation, compiled once per process. */
function loadIndex(): VariantIndex {
  if (index) return index
  const list = loadFormulations()
  const canonical = new Set(list.map((formulation) => formulation.text))
  const misses = list.flatMap((formulation, i) =>
    [...formulation.text].length < minimumLength ? [] : nearMisses(formulation.text, i, formulation.chunks, {structural: true}),
  )
  index = createVariantIndex(misses, (variant) => canonical.has(variant))
  return index
}

/** Where the formulations themselves occur: a near-miss overlapping one is part of correct copy. */
function exactRanges(text: string): Array<[number, number]> {
  const matcher = cachedMatcher('wording:canonical-formulations', () => loadFormulations().map((formulation) => formulation.text))
  return matcher.findAll(text).map((match) => [match.start, match.end])
}

/**
 * Whether the segmenter confirms the hit as a slip: words of the text begin at its start
 * and end at its end (其中|中央 holds no 中中央, 职业|教育|国家 no 教育国), and it is not
 * itself one word of the segmenter's dictionary. A character dropped or doubled must leave
 * a stray character behind: when the hit reads as whole words (中国|现代化, 全国|统一|市场)
 * it is a phrase in its own right.
 */
function isConfirmed(segment: ProseSegment, [start, end]: readonly [number, number], edit: Edit, canonical: string): boolean {
  const tokens = segment.tokens()
  if (!onWordBoundaries(tokens, start, end)) return false
  const inside = tokens.filter((token) => token.start >= start && token.end <= end)
  if (inside.length === 1 && inside[0]!.tag !== 'x') return false
  if (edit === 'substitute') return !changesEdgeWord(inside, canonical, segment.text)
  if (edit === 'swap' || edit === 'punctuation') return true
  return inside.some((token) => token.text.length === 1 || token.tag === 'x')
}

/** Part-of-speech tags of function words: adverbs, prepositions, conjunctions, particles, pronouns, numerals. */
const functionTag = /^(?:d|p|c|u|r|m|q|y|e|f)/

/**
 * Whether a substitution at the first or last character made it a function word that
 * reads with the text beside the hit: 生态环境|不|恶化 is no 生态环境部.
 */
function changesEdgeWord(inside: readonly Token[], canonical: string, text: string): boolean {
  const first = inside[0]!
  const last = inside.at(-1)!
  const strayFirst = first.text.length === 1 && first.text !== canonical[0] && functionTag.test(first.tag) && isHan(charBefore(text, first.start))
  const strayLast = last.text.length === 1 && last.text !== canonical.at(-1) && functionTag.test(last.tag) && isHan(charAt(text, last.end))
  return strayFirst || strayLast
}

/** Whether an exact formulation overlaps the hit other than lying inside it (新时代习近平中国特色社会主义思想). */
function overlaps(hit: VariantHit, ranges: ReadonlyArray<[number, number]>): boolean {
  return ranges.some(([start, end]) => start < hit.end && hit.start < end && (start < hit.start || end > hit.end))
}

export default defineRule({
  id: 'wording/canonical-formulation',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    nearMiss: '“{actual}”疑为规范表述“{expected}”的误写（{edit}）',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const unquoted = withoutQuotes(segment.text)
        const hits = loadIndex().find(unquoted.text)
        if (hits.length === 0) return
        const exact = exactRanges(unquoted.text)
        for (const hit of hits) {
          if (overlaps(hit, exact)) continue
          const range = originalRange(unquoted, hit.start, hit.end)
          const formulation = loadFormulations()[hit.miss.index]!
          if (!isConfirmed(segment, range, hit.miss.edit, formulation.text)) continue
          context.report({
            messageId: 'nearMiss',
            range,
            expected: [withCharacters(segment.text.slice(...range), formulation.text)],
            data: {edit: editNames[hit.miss.edit]},
            ...([...formulation.text].length < safeFixLength && {fixable: 'suggest'}),
            ...(formulation.category === '政策' && {lowerSeverity: true}),
          })
        }
      },
    }
  },
})
