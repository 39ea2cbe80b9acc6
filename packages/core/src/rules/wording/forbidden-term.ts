import {readDictionary} from '@shenjiao/dictionaries'
import {cachedMatcher, type Match} from '../../dictionaries/matcher.js'
import {defineRule, type ProseSegment} from '../../engine/rule.js'
import {onWordBoundaries} from '../shared/tokens.js'
import {isQuoted, sentenceAround, wordAt} from './shared/context.js'

type Condition = 'word' | 'unquoted' | 'taiwan' | 'region' | 'macao' | 'pairing' | 'pre-verdict'

interface Term {
  term: string
  /** Recommended wordings, best first; empty when the advice is to rephrase or delete. */
  suggestions: string[]
  advice: string
  category: string
  severity: 'error' | 'warning'
  conditions: Condition[]
  fix: 'safe' | 'suggest'
  note: string
}

let terms: Term[] | undefined

function loadTerms(): Term[] {
  terms ??= readDictionary('forbidden-terms').map(([term = '', advice = '', category = '', severity = '', conditions = '', fix = '', note = '']) => ({
    term,
    suggestions: advice.startsWith('（') ? [] : advice.split('/'),
    advice: advice.replace(/^（|）$/g, ''),
    category,
    severity: severity === 'error' ? 'error' : 'warning',
    conditions: conditions === '-' ? [] : (conditions.split(',') as Condition[]),
    fix: fix === 'safe' ? 'safe' : 'suggest',
    note,
  }))
  return terms
}

/** Words that make 中港, 中台, 中澳 a pairing of the mainland with a region (中港合作, 中台关系). */
const relationWords: ReadonlySet<string> = new Set(['合作', '关系', '合资', '贸易', '经贸', '交流', '两地', '双方', '之间', '往来', '融合', '联合', '边境', '通关', '跨境'])

/** Cues that a criminal case is still before its verdict, and cues that it is past it. */
const beforeVerdict = /涉嫌|抓获|落网|归案|刑事拘留|刑拘|逮捕|立案侦查|移送审查起诉|在逃/
const afterVerdict = /判处|判决|服刑|监狱|刑满|减刑|假释|改造|罪犯改造|执行刑罚|社区矫正/

/** Whether every context condition of `term` holds for the match at `[start, end)`. */
function holds(condition: Condition, segment: ProseSegment, start: number, end: number): boolean {
  const text = segment.text
  switch (condition) {
    case 'word':
      return onWordBoundaries(segment.tokens(), start, end)
    case 'unquoted':
      return !isQuoted(text, start, end)
    case 'taiwan':
      return sentenceAround(text, start, end).includes('台湾')
    case 'region':
      return /台湾|香港|澳门|港澳/.test(sentenceAround(text, start, end))
    case 'macao': {
      const sentence = sentenceAround(text, start, end)
      return sentence.includes('澳门') && !/澳大利亚|澳洲/.test(sentence)
    }
    case 'pairing':
      return relationWords.has(wordAt(segment, end) ?? '')
    case 'pre-verdict': {
      const sentence = sentenceAround(text, start, end)
      return beforeVerdict.test(sentence) && !afterVerdict.test(sentence)
    }
  }
}

/** The longest match at each place, matches not overlapping. */
function longestMatches(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Match[] = []
  for (const match of sorted) if (kept.length === 0 || match.start >= kept.at(-1)!.end) kept.push(match)
  return kept
}

function messageFor(term: Term): 'replace' | 'avoid' | 'quote' {
  if (term.suggestions[0] === `“${term.term}”`) return 'quote'
  return term.suggestions.length > 0 ? 'replace' : 'avoid'
}

export default defineRule({
  id: 'wording/forbidden-term',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    replace: '“{actual}”属禁用或慎用说法，应改为“{expected}”（{note}）',
    avoid: '“{actual}”属禁用或慎用说法，{advice}（{note}）',
    quote: '“{actual}”须加引号',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const list = loadTerms()
        const matcher = cachedMatcher('wording:forbidden-terms', () => list.map((term) => term.term))
        for (const match of longestMatches(matcher.findAll(segment.text))) {
          const term = list[match.index]!
          if (!term.conditions.every((condition) => holds(condition, segment, match.start, match.end))) continue
          const note = term.note || term.category
          context.report({
            messageId: messageFor(term),
            range: [match.start, match.end],
            expected: term.suggestions,
            data: {note, advice: term.advice},
            note: `新华社禁用词和慎用词（${term.category}类）`,
            ...(term.fix === 'suggest' && {fixable: 'suggest'}),
            ...(term.severity === 'warning' && {lowerSeverity: true}),
          })
        }
      },
    }
  },
})
