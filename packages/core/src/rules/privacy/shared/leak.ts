import {createHash} from 'node:crypto'
import {defineRule, type ProseSegment, type Rule} from '../../../engine/rule.js'
import type {Severity} from '../../../types.js'

/** Personal information found in a segment, with the masked form that replaces it. */
export interface Leak<MessageId extends string = string> {
  messageId: MessageId
  start: number
  end: number
  /** The identifier as hashed: digits and letters only, upper case (see `compact`). */
  identifier: string
  /** Replaces the text in the finding and is the suggested fix: 110105********002X. */
  masked: string
  /** Less certain: a failed checksum, a staff member's mobile. */
  lowerSeverity?: boolean
}

/**
 * Lets tools deduplicate a leak found twice without holding it: the first 16 hex digits of
 * SHA-256 over `<ruleId>:<identifier>`. It is not a secret: a phone number has only 10¹⁰
 * values, so treat the hash as personal data too and keep it where the text itself may be.
 */
export function leakHash(ruleId: string, identifier: string): string {
  return createHash('sha256').update(`${ruleId}:${identifier}`).digest('hex').slice(0, 16)
}

export interface PrivacyRuleDefinition<MessageId extends string> {
  id: `privacy/${string}`
  severity: Severity
  recommended: boolean
  messages: Record<MessageId, string>
  find(segment: ProseSegment): Array<Leak<MessageId>>
}

/**
 * A privacy rule: it reports what `find` returns, never showing the identifier (the masked
 * form stands in `actual`), and offers the masked form as a fix that only `--fix-privacy`
 * applies (`fix(text, {privacy: true})`).
 */
export function definePrivacyRule<MessageId extends string>(
  definition: PrivacyRuleDefinition<MessageId>,
): Rule<MessageId, Record<string, never>> {
  const {find, ...rest} = definition
  return defineRule({
    ...rest,
    fixable: 'suggest',
    defaultOptions: {},
    create(context) {
      return {
        prose(segment) {
          for (const leak of find(segment)) {
            context.report({
              messageId: leak.messageId,
              range: [leak.start, leak.end],
              actual: leak.masked,
              expected: [leak.masked],
              hash: leakHash(definition.id, leak.identifier),
              ...(leak.lowerSeverity && {lowerSeverity: true}),
            })
          }
        },
      }
    },
  })
}
