import {defineRule} from '../../engine/rule.js'
import {onWordBoundaries} from '../shared/tokens.js'

/** Taiwan, Hong Kong and Macao as a list names them. */
const region = '(?:中国)?(?:台湾|香港|澳门)(?:地区|特别行政区|特区)?'

/** A region as an item of a 、-list: between list separators or at the ends of the list. */
const regionItem = new RegExp(`(?:^|[、和与及])${region}(?=[、和与及]|$)`, 'u')

/** The end of a list of countries: 等国家, 等20个国家, 等十多个国家. */
const countriesAfterList = /等(?:[0-9一二三四五六七八九十百多余]+个)?国家/gu

/** 国家和地区, 国家（地区）: the list already names regions as regions. */
const andRegions = /^(?:和|及|与|或)?地区|^（地区）/u

/** 国家 followed by a bracket that counts a region in: 50多个国家（含台湾）. */
const regionInBracket = new RegExp(`国家(?=（(?:含|包括)${region})`, 'gu')

/** China joined to a region by a conjunction, as if they were two countries: 中国和台湾 (中国 a word of its own). */
const chinaAndRegion = /中国(?:和|与|及|、)(台湾|香港|澳门)/gu

/** Whether the list calls its regions 地区 itself: 香港、澳门等地区及新加坡等国家. */
function labelsRegions(list: string): boolean {
  const lastRegion = Math.max(list.lastIndexOf('台湾'), list.lastIndexOf('香港'), list.lastIndexOf('澳门'))
  return list.includes('地区', lastRegion)
}

/** Clauses: the stretches between commas, colons, brackets and sentence ends. */
const clause = /[^，。；！？：（）\n]+/gu

/** Offsets of 国家 that close a list naming Taiwan, Hong Kong or Macao (美国、日本、台湾等国家). */
function countriesNamingRegions(text: string): number[] {
  const offsets: number[] = []
  for (const {0: words, index: clauseStart} of text.matchAll(clause)) {
    if (!words.includes('、')) continue
    for (const match of words.matchAll(countriesAfterList)) {
      const end = clauseStart + match.index + match[0].length
      if (andRegions.test(text.slice(end, end + 4))) continue
      const list = words.slice(0, match.index)
      if (regionItem.test(list) && !labelsRegions(list)) offsets.push(end - 2)
    }
  }
  for (const match of text.matchAll(regionInBracket)) offsets.push(match.index)
  return offsets
}

export default defineRule({
  id: 'wording/region-as-country',
  severity: 'error',
  fixable: 'safe',
  recommended: true,
  messages: {
    countries: '台湾、香港、澳门与国家并列，“国家”应改为“国家和地区”',
    china: '“{actual}”把{region}与中国并列，应写作“{expected}”',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        const text = segment.text
        if (!/台湾|香港|澳门/.test(text)) return
        for (const offset of countriesNamingRegions(text)) {
          context.report({messageId: 'countries', range: [offset, offset + 2], expected: ['国家和地区']})
        }
        for (const match of text.matchAll(chinaAndRegion)) {
          if (!onWordBoundaries(segment.tokens(), match.index, match.index + 2)) continue
          const name = match[1]!
          context.report({
            messageId: 'china',
            range: [match.index, match.index + match[0].length],
            expected: [`${name === '台湾' ? '大陆' : '内地'}与${name}`],
            data: {region: name},
            fixable: 'suggest',
          })
        }
      },
    }
  },
})
