import type {Span} from '../../../parse/document.js'
import {lexiconWords} from './lexicon.js'

/** Government hosts: `gov.cn` and its sub-domains (规范摘要 S-04). */
export function isGovernmentHost(host: string): boolean {
  return host === 'gov.cn' || host.endsWith('.gov.cn')
}

/**
 * The host of a link that leaves government sites: an absolute or protocol-relative
 * `http(s)` address outside `.gov.cn`. Undefined for relative links, fragments, `mailto:`,
 * `javascript:` and government hosts.
 */
export function outboundHost(href: string): string | undefined {
  const match = /^(?:https?:)?\/\/([^/?#\\:@\s]+(?:@[^/?#\\:\s]+)?)/i.exec(href.trim())
  if (!match) return undefined
  const host = match[1]!.replace(/^.*@/, '').replace(/\.$/, '').toLowerCase()
  return isGovernmentHost(host) ? undefined : host
}

/** A link span whose target leaves government sites, with that target's host. */
export interface OutboundLink {
  range: readonly [number, number]
  href: string
  host: string
}

export function outboundLinks(spans: readonly Span[]): OutboundLink[] {
  return spans.flatMap((span) => {
    const host = span.kind === 'link' && span.href !== undefined ? outboundHost(span.href) : undefined
    return host === undefined ? [] : [{range: span.range, href: span.href!, host}]
  })
}

/** Gambling and porn words in host names and paths (`bet365`, `casino`, but not `tibet`, `alphabet`). */
const spamUrlWord = /(?:^|[^a-z])(?:\d*bet\d*|casino|baccarat|poker|porn|xxx)(?=[^a-z]|$)/

/** The theme (赌博 or 色情) of a link target that names a known brand or a gambling or porn word. */
export function spamInUrl(href: string): string | undefined {
  let decoded = href
  try {
    decoded = decodeURIComponent(href)
  } catch {
    // A malformed escape: read the address as written.
  }
  const brand = lexiconWords(decoded, ['brand'])[0]
  if (brand) return brand.theme
  const word = spamUrlWord.exec(decoded.toLowerCase())
  if (!word) return undefined
  return /porn|xxx/.test(word[0]) ? '色情' : '赌博'
}

/** Whether two `[start, end)` ranges share a character. */
export function overlaps(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/** Whether `[start, end)` lies inside one of `ranges` (sorted by start, not overlapping). */
export function insideAny(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [rangeStart, rangeEnd] = ranges[middle]!
    if (rangeEnd <= start) low = middle + 1
    else if (rangeStart > start) high = middle - 1
    else return end <= rangeEnd
  }
  return false
}
