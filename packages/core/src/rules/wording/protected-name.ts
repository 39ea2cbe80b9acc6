import {readDictionary} from '@shenjiao/dictionaries'
import {createMatcher, type Matcher} from '../../dictionaries/matcher.js'
import {dictionaryWords} from '../../dictionaries/registry.js'
import {defineRule, type ProseSegment} from '../../engine/rule.js'
import {onWordBoundaries} from '../shared/tokens.js'
import {nearMisses} from './shared/near-miss.js'
import {createVariantIndex, type VariantIndex} from './shared/variant-index.js'

export interface ProtectedName {
  name: string
  /** Titles the person holds or held; a name followed by another known title is reported. */
  titles?: string[]
}

export interface Options {
  /** Local names and their titles (市委书记, 局长…), checked like the shipped list. */
  names: ProtectedName[]
}

/** A name this short has too many real namesakes one substitution away; it needs a title beside it. */
const minimumLengthAlone = 3

interface Names {
  list: ProtectedName[]
  /** Titles the list knows: a name followed by one of them must hold it. */
  titles: string[]
  exact: Matcher
  variants: VariantIndex
}

let shipped: ProtectedName[] | undefined

function shippedNames(): ProtectedName[] {
  shipped ??= readDictionary('protected-names').map(([name = '', titles = '']) => ({
    name,
    titles: titles === '-' ? [] : titles.split('、'),
  }))
  return shipped
}

/**
 * The shipped names followed by the configured ones, compiled into matchers once per
 * configuration. A near-miss that is a real person's name (张国庆 beside 张国清) is a namesake.
 */
const compiled = new WeakMap<readonly ProtectedName[], Names>()

function compile(configured: readonly ProtectedName[]): Names {
  let names = compiled.get(configured)
  if (names) return names
  const list = [...shippedNames(), ...configured]
  const known = new Set(list.map((entry) => entry.name))
  const titles = [...new Set(list.flatMap((entry) => entry.titles ?? []))].sort((a, b) => b.length - a.length)
  const misses = list.flatMap((entry, index) => nearMisses(entry.name, index, [entry.name], {structural: false}))
  const people = dictionaryWords('person-names')
  const isRealName = (variant: string): boolean => known.has(variant) || people.has(variant)
  names = {list, titles, exact: createMatcher(list.map((entry) => entry.name)), variants: createVariantIndex(misses, isRealName)}
  compiled.set(configured, names)
  return names
}

/** The known title written right after `offset`, longest first (副总理 before 总理). */
function titleAt(text: string, offset: number, titles: readonly string[]): string | undefined {
  return titles.find((title) => text.startsWith(title, offset))
}

/** The known title written right before `offset`. */
function titleBefore(text: string, offset: number, titles: readonly string[]): string | undefined {
  return titles.find((title) => text.endsWith(title, offset))
}

/**
 * Whether a near-miss stands as a name: it is a word of its own (not 接近平|均), not a word
 * of the segmenter's dictionary, and, when short, has a known title beside it (总理李墙).
 */
function isNameSlip(segment: ProseSegment, start: number, end: number, titles: readonly string[]): boolean {
  if (!onWordBoundaries(segment.tokens(), start, end)) return false
  if (segment.tokens().some((token) => token.start === start && token.end === end && !/^(?:x|nr)/.test(token.tag))) return false
  if ([...segment.text.slice(start, end)].length >= minimumLengthAlone) return true
  return titleAt(segment.text, end, titles) !== undefined || titleBefore(segment.text, start, titles) !== undefined
}

export default defineRule({
  id: 'wording/protected-name',
  severity: 'error',
  fixable: 'suggest',
  recommended: true,
  messages: {
    nearMiss: '“{actual}”疑为“{expected}”的误写',
    wrongTitle: '{name}未担任“{title}”，名录所列职务为“{held}”',
  },
  defaultOptions: {names: []} as Options,
  create(context) {
    const names = compile(context.options.names)
    return {
      prose(segment) {
        const text = segment.text
        for (const hit of names.variants.find(text)) {
          if (!isNameSlip(segment, hit.start, hit.end, names.titles)) continue
          context.report({messageId: 'nearMiss', range: [hit.start, hit.end], expected: [names.list[hit.miss.index]!.name]})
        }
        for (const match of names.exact.findAll(text)) {
          const person = names.list[match.index]!
          if (!person.titles) continue
          const title = titleAt(text, match.end, names.titles)
          if (title === undefined || person.titles.includes(title) || !onWordBoundaries(segment.tokens(), match.start, match.end)) continue
          context.report({
            messageId: 'wrongTitle',
            range: [match.end, match.end + title.length],
            data: {name: person.name, title, held: person.titles.join('、') || '无'},
            lowerSeverity: true,
          })
        }
      },
    }
  },
})
