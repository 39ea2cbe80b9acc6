import {readDictionary} from '@shenjiao/dictionaries'
import {createMatcher, type Matcher} from '../../../dictionaries/matcher.js'

/** The classes of the `spam-lexicon` dictionary; its header explains each one. */
export type LexiconClass = 'brand' | 'name' | 'domain' | 'strong-domain' | 'cta' | 'weak-cta' | 'lure' | 'legit'

/** A domain word (体育) or one used only for gambling (娱乐城). */
export function isDomain(part: Part | undefined): boolean {
  return part?.class === 'domain' || part?.class === 'strong-domain'
}

/** A lexicon word found in a text. */
export interface Part {
  start: number
  end: number
  /** The lexicon word; `end` may run past it onto an overlapping word. */
  word: string
  class: LexiconClass
  /** 赌博, 色情 or 通用. */
  theme: string
}

interface Lexicon {
  entries: ReadonlyArray<{word: string; class: LexiconClass; theme: string}>
  matcher: Matcher
}

let lexicon: Lexicon | undefined

function loadLexicon(): Lexicon {
  if (!lexicon) {
    const entries = readDictionary('spam-lexicon').map(([word = '', kind = '', theme = '']) => ({
      word,
      class: kind as LexiconClass,
      theme,
    }))
    lexicon = {entries, matcher: createMatcher(entries.map((entry) => entry.word))}
  }
  return lexicon
}

/** ASCII letters lower-cased and nothing else, so offsets stay those of the text. */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
}

const asciiLetter = /[a-z]/

/** A Latin word must not run on into letters (`app` in `apple`, `leyu` in `fleyun`). */
function standsAlone(lower: string, start: number, end: number): boolean {
  const first = lower[start]!
  const last = lower[end - 1]!
  if (/[a-z0-9]/.test(first) && asciiLetter.test(lower[start - 1] ?? '')) return false
  if (/[a-z0-9]/.test(last) && asciiLetter.test(lower[end] ?? '')) return false
  return true
}

/**
 * Lexicon words of `lower` (see `asciiLower`), leftmost-longest and not overlapping. A word
 * that a legitimate word runs on past is dropped (体育 and 江南体育 in 江南体育馆), so a
 * legitimate compound always wins over the words inside it.
 */
export function lexiconParts(lower: string): Part[] {
  const {entries, matcher} = loadLexicon()
  const found = matcher
    .findAll(lower)
    .filter((match) => standsAlone(lower, match.start, match.end))
    .map(({index, start, end}): Part => ({start, end, ...entries[index]!}))
  /** Where legitimate words start, with the furthest end of one starting there. */
  const legitEnds = new Map<number, number>()
  for (const part of found) {
    if (part.class === 'legit') legitEnds.set(part.start, Math.max(part.end, legitEnds.get(part.start) ?? 0))
  }
  const runOn = (part: Part): boolean => {
    for (let at = part.start; at < part.end; at++) if ((legitEnds.get(at) ?? 0) > part.end) return true
    return false
  }
  const kept = found.filter((part) => !runOn(part))
  kept.sort((a, b) => a.start - b.start || b.end - a.end)
  const parts: Part[] = []
  for (const part of kept) {
    const last = parts.at(-1)
    if (!last || part.start >= last.end) parts.push(part)
    // 金沙娱乐 + 娱乐场: the overlapping word carries the promotion on to its end.
    else if (part.end > last.end && part.class !== 'legit' && last.class !== 'legit') parts[parts.length - 1] = {...last, end: part.end}
  }
  return parts
}

/** Lexicon words of the given classes in a text (a link target, a host name). */
export function lexiconWords(text: string, classes: readonly LexiconClass[]): Part[] {
  return lexiconParts(asciiLower(text)).filter((part) => classes.includes(part.class))
}
