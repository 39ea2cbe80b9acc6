import {defineRule} from '../../engine/rule.js'

/** 点号 written side by side. Runs of three or more 。 or 、 are ellipses (punctuation/ellipsis-form). */
const pointRun = /[，。、；：？！]{2,}/g

/** Marks that end a sentence; the others pause inside one. */
const endMark = /^[。？！]$/

/** What may follow the last mark of a sentence before its line ends: closing quotes and brackets, spaces. */
const sentenceTail = /^[”’》）】〕 \u3000\t]$/

/** Whether the line ends at `index`, after any closing marks. */
function endsLine(text: string, index: number): boolean {
  while (index < text.length && sentenceTail.test(text[index]!)) index++
  return index === text.length || text[index] === '\n'
}

type Verdict = {messageId: 'doubled' | 'stacked' | 'order' | 'clash'; expected: string[]; certain: boolean}

/** What is wrong with two or more 点号 in a row, or undefined when they are right (？！). */
function judge(run: string, atSentenceEnd: boolean): Verdict | undefined {
  if (run === '？！') return undefined
  const first = run[0]!
  if ([...run].every((char) => char === first)) {
    if (first === '？' || first === '！') return {messageId: 'stacked', expected: [first], certain: false}
    if ((first === '。' || first === '、') && run.length > 2) return undefined
    return {messageId: 'doubled', expected: [first], certain: true}
  }
  if (run === '！？') return {messageId: 'order', expected: ['？！'], certain: false}
  const last = run.at(-1)!
  // At the end of a line the sentence ends there, so its end mark is the one meant (落实，。 → 落实。).
  if (atSentenceEnd && endMark.test(last) && [...run.slice(0, -1)].every((char) => !endMark.test(char))) {
    return {messageId: 'clash', expected: [last], certain: true}
  }
  return {messageId: 'clash', expected: [last, first], certain: false}
}

export default defineRule({
  id: 'punctuation/no-doubled-marks',
  // P-10 is [C] in the fact sheet beyond ？！: a warning, as the issue asks of such norms.
  severity: 'warning',
  fixable: 'safe',
  recommended: true,
  messages: {
    doubled: '标点“{actual}”重复，应只用一个“{expected}”',
    stacked: '问号、叹号连用“{actual}”不合公文语体，应只用一个“{expected}”',
    order: '问号与叹号连用时问号在前，应为“{expected}”',
    clash: '点号“{actual}”连用，应只保留一个，如“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {text} = segment
        for (const match of text.matchAll(pointRun)) {
          const start = match.index
          const end = start + match[0].length
          const verdict = judge(match[0], endsLine(text, end))
          if (!verdict) continue
          context.report({
            messageId: verdict.messageId,
            range: [start, end],
            expected: verdict.expected,
            ...(!verdict.certain && {fixable: 'suggest' as const}),
          })
        }
      },
    }
  },
})
