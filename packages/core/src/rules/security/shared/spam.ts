import type {Token} from '../../../segment/index.js'
import {isHan} from '../../shared/chars.js'
import {tokenIndexContaining} from '../../shared/tokens.js'
import {asciiLower, isDomain, lexiconParts, type Part} from './lexicon.js'
import {insideAny} from './links.js'

/** A gambling or pornographic promotion found in prose. */
export interface SpamPhrase {
  start: number
  end: number
  /** `lexicon`: a known brand; `pattern`: an unknown brand in the shape of a promotion. */
  evidence: 'lexicon' | 'pattern'
  /** 赌博 or 色情. */
  theme: string
  /** Quoted, or near words about gambling or fraud cases: maybe a mention, not an advert. */
  mention: boolean
}

export interface SpamContext {
  /** The prose's words; read only when an unknown brand may stand before a domain word. */
  tokens(): readonly Token[]
  /** Ranges of links to sites outside government, in order: a link is itself a call to action. */
  outboundLinks?: ReadonlyArray<readonly [number, number]>
}

/** An unknown brand needs this much evidence (scored in `patternPhrase`) to count as spam. */
const threshold = 4

/**
 * Where a clause begins and ends: clause marks (not 、, which joins list items), and
 * brackets and quotes closed before it or opened after it.
 */
const clauseOpen = /[，,；;。！？!?：:）)》」”』]/
const clauseClose = /[，,；;。！？!?：:（(《「“『]/

/** Characters besides the phrase a clause may hold and still be the phrase's own (大 + 富豪体育APP). */
const clauseSlack = 2

/**
 * Words of a sentence about gambling or fraud cases, where brands are named, not advertised.
 * Words of enforcement in general (打击, 严禁, 防范) are not enough: government prose uses
 * them everywhere.
 */
const counterCue = /赌|诈骗|骗局|涉案|嫌疑人|警方/

/**
 * Tags of words that cannot be a brand: prepositions, conjunctions, particles, pronouns,
 * adverbs, numerals, measure words, localisers, time words, interjections. Verbs can (至尊,
 * 必胜 are tagged as verbs).
 */
const functionTag = /^(?:p|c|u|r|d|m|q|f|t|y|e|o)/

/** Single characters that are words of their own before a domain word (的体育, 各体育). */
const functionChar = /^[的了在和与及或是为对把被从向等个一这那其各每该本全我你他她它]$/u

/** What may stand between two words of a promotion: spaces, or an amount (注册送 88元, 首充送彩金). */
const filler = /^\s*送?(?:\d+[元%])?\s*$/

/** How far after a phrase its repetition counts as evidence (bounded, so long lines stay linear). */
const repeatWindow = 500

/** An amount right after a promotion (注册送88元). */
const amountTail = /^送?\d+[元%]/

/**
 * Gambling and pornographic promotions in `text`: a known brand (华体会, 新葡京), a brand
 * that is also an ordinary word right before a domain word or call to action (开云 + 体育,
 * 金沙 + 官网), or an unknown brand-like word before a domain word (星耀 + 体育 + 官网) with
 * enough evidence that it was inserted: a call to action, a lure, a clause of its own,
 * repetition, an outbound link.
 */
export function findSpam(text: string, context: SpamContext): SpamPhrase[] {
  const lower = asciiLower(text)
  const parts = lexiconParts(lower)
  const legit = new Set(parts.filter((part) => part.class === 'legit').map((part) => part.word))
  const phrases: SpamPhrase[] = []
  for (const chain of chains(parts, text)) {
    const phrase = lexiconPhrase(chain, text) ?? patternPhrase(chain, text, lower, legit, context)
    if (phrase && phrase.start >= (phrases.at(-1)?.end ?? 0)) phrases.push(phrase)
  }
  return phrases
}

/** Runs of adjacent lexicon words (spaces between allowed); legitimate words break a run. */
function chains(parts: readonly Part[], text: string): Part[][] {
  const runs: Part[][] = []
  let run: Part[] = []
  for (const part of parts) {
    const last = run.at(-1)
    if (part.class === 'legit') {
      if (run.length > 0) runs.push(run)
      run = []
      continue
    }
    if (last && !filler.test(text.slice(last.end, part.start))) {
      runs.push(run)
      run = []
    }
    run.push(part)
  }
  if (run.length > 0) runs.push(run)
  return runs
}

function themeOf(chain: readonly Part[]): string {
  return chain.find((part) => part.theme !== '通用')?.theme ?? '赌博'
}

/** A known brand, or a brand that is also an ordinary word followed by a domain word or call to action. */
function lexiconPhrase(chain: readonly Part[], text: string): SpamPhrase | undefined {
  const start = chain[0]!.start
  const end = chain.at(-1)!.end
  const brand = chain.find((part) => part.class === 'brand')
  const named = chain.some((part, i) => part.class === 'name' && (isDomain(chain[i + 1]) || chain[i + 1]?.class === 'cta'))
  if (!brand && !(named && !runsOnIntoWord(chain, text))) return undefined
  return {start, end, evidence: 'lexicon', theme: brand?.theme ?? themeOf(chain), mention: isMention(text, start, end)}
}

/**
 * A domain word that runs on into an ordinary word modifies it (澳门博彩业, 电竞产业,
 * 体育事业): no promotion ends there.
 */
function runsOnIntoWord(chain: readonly Part[], text: string): boolean {
  const last = chain.at(-1)!
  return isDomain(last) && isHan(text[last.end])
}

/** An unknown brand before a domain word, with enough evidence of an insertion. */
function patternPhrase(
  chain: readonly Part[],
  text: string,
  lower: string,
  legit: ReadonlySet<string>,
  context: SpamContext,
): SpamPhrase | undefined {
  const first = chain[0]!
  let end = chain.at(-1)!.end
  if (first.class === 'lure' && chain.some((part) => part.class === 'cta')) {
    const start = first.start
    return isMention(text, start, end) ? undefined : {start, end, evidence: 'pattern', theme: first.theme, mention: false}
  }
  if (!isDomain(first)) return undefined
  const brand = brandBefore(first.start, text, lower, context)
  if (!brand || legit.has(text.slice(brand.start, first.start)) || isEmbedded(text, brand.start, end)) return undefined
  let start = brand.start
  end += amountTail.exec(text.slice(end))?.[0].length ?? 0
  const phrase = text.slice(start, end)
  const doubled = text.startsWith(phrase, end)
  if (!doubled && runsOnIntoWord(chain, text)) return undefined
  if (doubled) end += phrase.length
  const calls = chain.filter((part) => part.class === 'cta' || part.class === 'lure').length
  const clause = ownClause(text, start, end)
  const score =
    brand.score +
    (chain.some((part) => part.class === 'strong-domain') ? 1 : 0) +
    (calls >= 2 ? 3 : calls === 1 ? 2 : chain.some((part) => part.class === 'weak-cta') ? 1 : 0) +
    (clause ? 2 : 0) +
    (doubled ? 3 : text.slice(end, end + repeatWindow).includes(phrase) ? 1 : 0) +
    (insideAny(context.outboundLinks ?? [], start, end) ? 2 : 0)
  if (score < threshold || isMention(text, start, end)) return undefined
  // The few characters the clause holds besides the phrase belong to it (大 + 富豪娱乐城).
  if (clause) [start, end] = clause
  return {start, end, evidence: 'pattern', theme: themeOf(chain), mention: false}
}

/**
 * Words that take a name as their object or subject in a sentence about it (通过咪咕体育APP
 * 观看), and the marks of a list of names (央视体育客户端、咪咕视频等).
 */
const embeddingBefore = /(?:通过|经由|登录|登陆|下载|关注|打开|使用|访问|搜索|点击|收看|在|由|与|和|同|及|或|联合|携手|授权|冠名|赞助|、)$/
const embeddingAfter = /^(?:观看|收看|直播|转播|播出|报道|主办|承办|协办|赞助|冠名|合作|联合|签约|发布|举办|独家|、|等)/

/**
 * Whether a name is woven into its sentence as a media outlet, sponsor or app the sentence
 * speaks about, rather than inserted into it.
 */
function isEmbedded(text: string, start: number, end: number): boolean {
  return embeddingBefore.test(text.slice(Math.max(0, start - 2), start)) || embeddingAfter.test(text.slice(end, end + 2))
}

/**
 * The brand-like word ending at `at`: a Latin or digit name (score 2), a word the segmenter
 * does not know or splits into pieces ending in a single character (score 2), or another
 * word (score 1). Function words, and single characters that are words, are no brand.
 */
function brandBefore(at: number, text: string, lower: string, context: SpamContext): {start: number; score: number} | undefined {
  let start = at
  while (start > 0 && /[a-z0-9]/.test(lower[start - 1]!)) start--
  if (at - start >= 2 && at - start <= 12) {
    const latin = lower.slice(start, at)
    return /^(?:19|20)\d\d$/.test(latin) ? undefined : {start, score: 2}
  }
  if (!isHan(text[at - 1])) return undefined
  const tokens = context.tokens()
  const index = tokenIndexContaining(tokens, at - 1)
  const token = tokens[index]
  if (!token) return undefined
  const word = text.slice(token.start, at)
  if ([...word].length >= 2) {
    if (![...word].every(isHan) || [...word].length > 4) return undefined
    if (token.end > at) return {start: token.start, score: 2}
    if (token.tag === 'x') return {start: token.start, score: 2}
    return functionTag.test(token.tag) ? undefined : {start: token.start, score: 1}
  }
  const previous = tokens[index - 1]
  if (functionChar.test(word) || !previous || previous.end !== token.start) return undefined
  const pieces = [...previous.text]
  if (pieces.length > 3 || !pieces.every(isHan) || functionTag.test(previous.tag) && pieces.length > 1) return undefined
  return pieces.length === 1 && functionChar.test(previous.text) ? undefined : {start: previous.start, score: 2}
}

/**
 * The clause the phrase (nearly) fills on its own inside the prose, set off by clause marks
 * or brackets, without its surrounding spaces; none when the phrase is the whole prose (a
 * table cell, a heading).
 */
function ownClause(text: string, start: number, end: number): [number, number] | undefined {
  let clauseStart = start
  while (clauseStart > 0 && start - clauseStart <= clauseSlack && !clauseOpen.test(text[clauseStart - 1]!)) clauseStart--
  let clauseEnd = end
  while (clauseEnd < text.length && clauseEnd - end <= clauseSlack && !clauseClose.test(text[clauseEnd]!)) clauseEnd++
  const opens = clauseStart === 0 || clauseOpen.test(text[clauseStart - 1]!)
  const closes = clauseEnd === text.length || clauseClose.test(text[clauseEnd]!)
  const slack = start - clauseStart + (clauseEnd - end)
  if (!opens || !closes || slack > clauseSlack || (clauseStart === 0 && clauseEnd === text.length)) return undefined
  while (/\s/.test(text[clauseStart]!)) clauseStart++
  while (/\s/.test(text[clauseEnd - 1]!)) clauseEnd--
  return [clauseStart, clauseEnd]
}

/** How far from the phrase, within its sentence, a word about gambling cases makes it a mention. */
const mentionWindow = 30

const sentenceEnd = /[。！？\n]/

/** Quoted, or near words about gambling or fraud cases in the same sentence. */
function isMention(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - mentionWindow), start)
  const before = window.slice(Math.max(...['。', '！', '？', '\n'].map((mark) => window.lastIndexOf(mark))) + 1)
  const following = text.slice(end, end + mentionWindow)
  const stop = following.search(sentenceEnd)
  const after = stop === -1 ? following : following.slice(0, stop)
  return counterCue.test(before) || counterCue.test(after) || quoted(before, after)
}

/** Whether a “ or 「 opened before the phrase (and not closed) closes after it. */
function quoted(before: string, after: string): boolean {
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('「'))
  const closed = Math.max(before.lastIndexOf('”'), before.lastIndexOf('」'))
  return open > closed && /[”」]/.test(after)
}
