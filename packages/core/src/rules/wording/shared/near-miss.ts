import {similarChars} from '../../../dictionaries/registry.js'
import {isHan} from '../../shared/chars.js'

/** How a near-miss differs from the protected string it imitates. */
export type Edit = 'substitute' | 'punctuation' | 'drop' | 'double' | 'swap'

export interface NearMiss {
  variant: string
  /** Index of the protected string in the list the variants were generated from. */
  index: number
  edit: Edit
}

/** Punctuation a writer puts in place of another inside a fixed formulation (不忘初心，牢记使命). */
const similarPunctuation: Readonly<Record<string, string>> = {'、': '，'}

/** Function words whose omission is an accepted short form (国家发展改革委员会), not a slip. */
const omissible: ReadonlySet<string> = new Set(['和', '与', '及', '的', '、', '，'])

/** Numerals: 十二大 and 二十大, 四个 and 三个 name different things, not slips of each other. */
const numeral = /[〇零一二三四五六七八九十百千万亿两]/

const numerals = new RegExp(numeral, 'g')

const substitutesOf = new Map<string, string>()

/** Same-pinyin and similar-shape characters; near-sounding ones would flood short strings with real words. */
function substitutes(char: string): string {
  let others = substitutesOf.get(char)
  if (others === undefined) {
    const similar = isHan(char) && !numeral.test(char) ? similarChars(char) : undefined
    others = similar ? (similar.samePinyin + similar.similarShape).replace(numerals, '') : (similarPunctuation[char] ?? '')
    substitutesOf.set(char, others)
  }
  return others
}

/** Options of `nearMisses`: which edits to generate. */
export interface Edits {
  /** Dropping or doubling a character, swapping characters or words. */
  structural: boolean
}

/** Dropping a character leaves 3–4 characters that too often spell another phrase (改革放|在). */
const minimumLengthToDrop = 6

/**
 * Reordered words of a short formulation are often a correct phrase of their own
 * (推进乡村全面振兴, 发展新格局); a long fixed formulation is never reordered.
 */
const minimumLengthToSwapWords = 10

/**
 * The strings at edit distance one from `protectedString` that a writer or an input method
 * produces: one character replaced by a same-pinyin or similar-shape one, a character of a
 * word dropped or doubled, two adjacent characters swapped, two adjacent words (1–2 of
 * `chunks` each) swapped in a long formulation. Edits at the very ends are left out: a
 * dropped or doubled first or last character reads as a different phrase boundary
 * (集中|中国特色, 社会主义|义务教育). A word dropped whole leaves a phrase that may be
 * correct (中国|式|现代化 → 中国现代化), so only characters of longer words are dropped.
 */
export function nearMisses(protectedString: string, index: number, chunks: readonly string[], edits: Edits): NearMiss[] {
  const chars = [...protectedString]
  const result: NearMiss[] = []
  const add = (parts: readonly string[], edit: Edit): void => {
    const variant = parts.join('')
    if (variant !== protectedString) result.push({variant, index, edit})
  }
  chars.forEach((char, i) => {
    const before = chars.slice(0, i).join('')
    const after = chars.slice(i + 1).join('')
    const edit = isHan(char) ? 'substitute' : 'punctuation'
    for (const other of substitutes(char)) result.push({variant: before + other + after, index, edit})
  })
  if (!edits.structural) return result
  const inLongerWord = charsInLongerWords(chunks)
  for (let i = 1; i < chars.length - 1; i++) {
    const char = chars[i]!
    if (!isHan(char)) continue
    if (chars.length >= minimumLengthToDrop && inLongerWord[i] && !omissible.has(char)) add(chars.toSpliced(i, 1), 'drop')
    if (chars[i + 1] !== char) add(chars.toSpliced(i, 0, char), 'double')
  }
  for (let i = 0; i < chars.length - 1; i++) {
    const [first, second] = [chars[i]!, chars[i + 1]!]
    if (isHan(first) && isHan(second) && first !== second && !numeral.test(first + second)) add(chars.toSpliced(i, 2, second, first), 'swap')
  }
  if (chars.length < minimumLengthToSwapWords) return result
  for (const [left, right] of adjacentSpans(chunks)) {
    add([...chunks.slice(0, left[0]), ...chunks.slice(right[0], right[1]), ...chunks.slice(left[0], left[1]), ...chunks.slice(right[1])], 'swap')
  }
  return result
}

/** For each character of the joined `chunks`, whether its word has more than one character. */
function charsInLongerWords(chunks: readonly string[]): boolean[] {
  return chunks.flatMap((chunk) => {
    const length = [...chunk].length
    return Array.from({length}, () => length > 1)
  })
}

/** Pairs of adjacent spans of one or two words, `[start, end)` each, neither crossing punctuation. */
function adjacentSpans(chunks: readonly string[]): Array<[[number, number], [number, number]]> {
  const isWord = (chunk: string | undefined): boolean => chunk !== undefined && isHan([...chunk][0])
  const spans: Array<[[number, number], [number, number]]> = []
  for (let middle = 1; middle < chunks.length; middle++) {
    for (const leftLength of [1, 2]) {
      for (const rightLength of [1, 2]) {
        const left: [number, number] = [middle - leftLength, middle]
        const right: [number, number] = [middle, middle + rightLength]
        if (left[0] < 0 || right[1] > chunks.length) continue
        if (chunks.slice(left[0], right[1]).every(isWord)) spans.push([left, right])
      }
    }
  }
  return spans
}
