import {defineRule, type ProseSegment} from '../../engine/rule.js'
import {isOutsideBody} from './shared/body.js'
import {formatHeadingNumber, headingNumbers, type HeadingLevel, type HeadingNumber} from './shared/heading-number.js'

interface Seen extends HeadingNumber {
  segment: ProseSegment
}


/** A line opening the 附件说明 (附件：…) or an attachment (附件, 附件2): what follows is numbered afresh. */
const attachmentLabel = /^[ \t\u3000]*附件(?=[：:\d]|[ \t\u3000]*$)/gmu

/** How many interrupted sequences a level remembers. */
const maxNesting = 4

/** The number a level's 序次语 shows, as the author wrote it, without a following mark. */
function shown(level: HeadingLevel, value: number): string {
  return formatHeadingNumber(level, value).replace(/[、.]$/, '')
}

export default defineRule({
  id: 'document/heading-number-sequence',
  severity: 'warning',
  fixable: 'suggest',
  recommended: true,
  messages: {
    gap: '层次序号不连续：“{previous}”之后是“{actual}”，缺少“{missing}”',
    repeated: '层次序号“{actual}”与上一个重复，应为“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    const seen: Array<Seen | 'restart'> = []
    return {
      prose(segment) {
        if (isOutsideBody(segment.kind)) return
        const numbers = headingNumbers(segment.text)
        // A heading without a number (## 附件) opens a new part where numbering may restart; a
        // list item's number is drawn by the renderer, so what it was is unknown.
        if (numbers.length === 0 && (segment.kind === 'heading' || segment.kind === 'list-item')) seen.push('restart')
        const labels = [...segment.text.matchAll(attachmentLabel)].map((match) => match.index)
        for (const number of numbers) {
          while (labels.length > 0 && labels[0]! <= number.start) {
            labels.shift()
            seen.push('restart')
          }
          seen.push({...number, segment})
        }
        if (labels.length > 0) seen.push('restart')
      },
      end() {
        // Per level, the numbers reached so far: the last is the running sequence, earlier
        // ones are sequences a nested list restarting at 1 interrupted (the 1981 report
        // numbers sub-items 一、二、三、 inside its 四、 and resumes with 五、).
        const open = new Map<HeadingLevel, number[]>()
        for (const heading of seen) {
          if (heading === 'restart') {
            open.clear()
            continue
          }
          for (const level of [1, 2, 3, 4] as const) if (level > heading.level) open.delete(level)
          const sequences = open.get(heading.level) ?? []
          open.set(heading.level, sequences)
          const previous = sequences.at(-1)
          if (previous === undefined || heading.value === 1) {
            sequences.push(heading.value)
            if (sequences.length > maxNesting) sequences.shift()
            continue
          }
          const resumed = sequences.findLastIndex((value) => heading.value === value + 1)
          if (resumed !== -1) {
            sequences.length = resumed
            sequences.push(heading.value)
            continue
          }
          sequences[sequences.length - 1] = heading.value
          if (heading.value < previous) continue
          const range = [heading.start, heading.end] as const
          const expected = shown(heading.level, previous + 1)
          if (heading.value === previous) {
            context.report({messageId: 'repeated', range, segment: heading.segment, expected: [expected]})
          } else {
            const missing = heading.value === previous + 2 ? expected : `${expected}…${shown(heading.level, heading.value - 1)}`
            const data = {previous: shown(heading.level, previous), missing}
            context.report({messageId: 'gap', range, segment: heading.segment, expected: [expected], data})
          }
        }
      },
    }
  },
})
