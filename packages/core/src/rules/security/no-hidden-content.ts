import {defineRule} from '../../engine/rule.js'
import type {Span} from '../../parse/document.js'
import {outboundLinks, overlaps} from './shared/links.js'

/** Text a reader would read: letters, digits or Han, not just placeholders, spaces and marks. */
const readable = /[\p{L}\p{N}]/u

/**
 * What scripts use to show and hide content on click (tabs, menus, 展开全文): hidden text
 * behind these is less surely injected than text put off screen or shrunk to nothing.
 */
const toggled = /^(?:display|visibility):|^hidden /

/** The text of `range` without the parts inside `links` (sorted by start). */
function textOutside(text: string, [start, end]: readonly [number, number], links: readonly Span[]): string {
  let outside = ''
  let at = start
  for (const {range} of links) {
    if (range[1] <= at || range[0] >= end) continue
    if (range[0] > at) outside += text.slice(at, range[0])
    at = Math.max(at, range[1])
  }
  return outside + text.slice(at, Math.max(at, end))
}

export default defineRule({
  id: 'security/no-hidden-content',
  severity: 'error',
  recommended: true,
  messages: {
    hiddenLink: '隐藏的链接指向站外网站“{host}”（{reason}），疑为植入的暗链，应删除',
    hiddenText: '隐藏的文字“{actual}”（{reason}）读者看不到，疑为植入内容，应删除或取消隐藏',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const {spans} = segment
        const links = spans.filter((span) => span.kind === 'link')
        const outbound = outboundLinks(spans)
        for (const hidden of spans) {
          if (hidden.kind !== 'hidden') continue
          const reason = hidden.reason ?? ''
          const hiddenLinks = outbound.filter((link) => overlaps(link.range, hidden.range))
          for (const link of hiddenLinks) {
            context.report({messageId: 'hiddenLink', range: link.range, data: {host: link.host, reason}})
          }
          if (hiddenLinks.length > 0 || !readable.test(segment.text.slice(...hidden.range))) continue
          // Menus that open on a click hide links within the site: less likely to be injected.
          const onlyInternalLinks = !readable.test(textOutside(segment.text, hidden.range, links))
          context.report({
            messageId: 'hiddenText',
            range: hidden.range,
            data: {reason},
            ...((onlyInternalLinks || toggled.test(reason)) && {lowerSeverity: true}),
          })
        }
      },
    }
  },
})
