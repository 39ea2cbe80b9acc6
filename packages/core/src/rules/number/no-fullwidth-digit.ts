import {defineRule, type ProseSegment} from '../../engine/rule.js'

/** A run of full-width digits, with the decimal points inside it (７．３, １.５). */
const fullwidthNumber = /[０-９]+(?:[．.][０-９]+)*/g

/** Full-width digits and point ↔ ASCII. */
function toHalfwidth(text: string): string {
  return text.replace(/[０-９．]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}

interface Run {
  segment: ProseSegment
  start: number
  text: string
}

export default defineRule({
  id: 'number/no-fullwidth-digit',
  severity: 'warning',
  fixable: 'safe',
  recommended: false,
  messages: {
    mixed: '出现全角数字“{actual}”，应使用半角“{expected}”',
    throughout: '全文使用全角数字（共{count}处），如“{actual}”，应使用半角“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    const runs: Run[] = []
    let hasHalfwidthDigits = false
    return {
      prose(segment) {
        if (/\d/.test(segment.text)) hasHalfwidthDigits = true
        for (const match of segment.text.matchAll(fullwidthNumber)) runs.push({segment, start: match.index, text: match[0]})
      },
      end() {
        const report = (run: Run, messageId: 'mixed' | 'throughout'): void => {
          context.report({
            messageId,
            segment: run.segment,
            range: [run.start, run.start + run.text.length],
            expected: [toHalfwidth(run.text)],
            data: {count: String(runs.length)},
          })
        }
        // A document typeset in full-width digits throughout (as print copy of the 1990s was)
        // is one decision, reported once; next to half-width digits each one is a slip.
        if (hasHalfwidthDigits || runs.length === 1) for (const run of runs) report(run, 'mixed')
        else if (runs[0]) report(runs[0], 'throughout')
      },
    }
  },
})
