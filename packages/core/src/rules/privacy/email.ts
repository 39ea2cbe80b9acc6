import type {ProseSegment} from '../../engine/rule.js'
import {definePrivacyRule, type Leak} from './shared/leak.js'
import {ownerOf, scan} from './shared/scan.js'

const localChar = /[A-Za-z0-9._%+-]/
const domainChar = /[A-Za-z0-9.-]/

/** A domain with at least one dot and a top-level domain of letters. */
const domainShape = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/

/** Mailbox names of offices rather than people: xxgk@, office@, tousu@. */
const roleMailbox =
  /^(?:info|admin|office|service|contact|webmaster|postmaster|support|help|hr|xxgk|zfxxgk|bgs|ban|tousu|jubao|ts|jb|tougao|tg|zhaopin|rsc|xinfang|xf|zixun|news|gov)\d*$/i

/** Addresses around each @, found by walking out from it: linear, whatever the text. */
function addresses(text: string): Array<{start: number; end: number; local: string; domain: string}> {
  const found: Array<{start: number; end: number; local: string; domain: string}> = []
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && localChar.test(text[start - 1]!)) start--
    let end = at + 1
    while (end < text.length && domainChar.test(text[end]!)) end++
    while (end > at + 1 && /[.-]/.test(text[end - 1]!)) end--
    const local = text.slice(start, at)
    const domain = text.slice(at + 1, end)
    if (local === '' || !domainShape.test(domain) || /[*×●]/.test(text[start - 1] ?? '')) continue
    found.push({start, end, local, domain})
  }
  return found
}

/** Keeps the first character of the mailbox name: zhangsan@163.com → z***@163.com. */
function maskEmail(local: string, domain: string): string {
  return `${local[0]}***@${domain}`
}

/**
 * E-mail addresses of private persons. Offices publish mailboxes for 投稿, 举报 and
 * 信息公开 on purpose, so an address is reported only when a private person owns it by
 * context (申请人, 本人, a personal name not introduced as a contact) and its mailbox name
 * is not an office's (xxgk@, tousu@).
 */
export function findEmails(segment: ProseSegment): Array<Leak<'exposed'>> {
  const scanned = scan(segment)
  const leaks: Array<Leak<'exposed'>> = []
  for (const {start, end, local, domain} of addresses(scanned.text)) {
    if (roleMailbox.test(local) || ownerOf(scanned, start) !== 'private') continue
    leaks.push({messageId: 'exposed', start, end, identifier: `${local}@${domain}`.toLowerCase(), masked: maskEmail(local, domain)})
  }
  return leaks
}

export default definePrivacyRule({
  id: 'privacy/email',
  severity: 'warning',
  recommended: true,
  messages: {exposed: '出现个人电子邮箱，应脱敏为“{expected}”'},
  find: findEmails,
})
