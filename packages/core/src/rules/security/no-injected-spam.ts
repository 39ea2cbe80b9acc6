import {defineRule, type ProseSegment} from '../../engine/rule.js'
import {outboundLinks, overlaps, spamInUrl} from './shared/links.js'
import {findSpam} from './shared/spam.js'

const mentionNote = '前后提到赌博、诈骗案件或加了引号，可能是引述而非植入，请核实'

/** Hidden content is `security/no-hidden-content`'s to report, whatever it says. */
function hiddenRanges(segment: ProseSegment): Array<readonly [number, number]> {
  return segment.spans.filter((span) => span.kind === 'hidden').map((span) => span.range)
}

export default defineRule({
  id: 'security/no-injected-spam',
  severity: 'error',
  recommended: true,
  messages: {
    spam: '出现疑似被植入的{theme}推广内容“{actual}”，应删除并排查网页是否被篡改',
    spamLink: '链接指向站外网站“{host}”，含{theme}推广内容，应删除该链接并排查网页是否被篡改',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const hidden = hiddenRanges(segment)
        const visible = (range: readonly [number, number]): boolean => !hidden.some((area) => overlaps(area, range))
        const links = outboundLinks(segment.spans).filter((link) => visible(link.range))
        const phrases = findSpam(segment.text, {
          tokens: () => segment.tokens(),
          outboundLinks: links.map((link) => link.range),
        }).filter((phrase) => visible([phrase.start, phrase.end]))
        const inLinks = new Set<(typeof phrases)[number]>()
        let next = 0
        for (const link of links) {
          // Links and phrases are both in order of their start: walk them together.
          while (next < phrases.length && phrases[next]!.end <= link.range[0]) next++
          const inside: typeof phrases = []
          for (let i = next; i < phrases.length && phrases[i]!.start < link.range[1]; i++) inside.push(phrases[i]!)
          const urlTheme = spamInUrl(link.href)
          if (inside.length === 0 && urlTheme === undefined) continue
          for (const phrase of inside) inLinks.add(phrase)
          const mention = urlTheme === undefined && inside.every((phrase) => phrase.mention)
          context.report({
            messageId: 'spamLink',
            range: link.range,
            data: {host: link.host, theme: urlTheme ?? inside[0]!.theme},
            ...(mention && {lowerSeverity: true, note: mentionNote}),
          })
        }
        for (const phrase of phrases) {
          if (inLinks.has(phrase)) continue
          context.report({
            messageId: 'spam',
            range: [phrase.start, phrase.end],
            data: {theme: phrase.theme},
            ...(phrase.mention && {lowerSeverity: true, note: mentionNote}),
          })
        }
      },
    }
  },
})
