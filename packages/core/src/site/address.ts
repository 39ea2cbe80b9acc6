/**
 * Addresses compare pages and links: a page in the checked site is `site:/<path>`, anything
 * else `<host><path>[?query]` — scheme, fragment and a trailing `index.html` or `/` dropped,
 * so `http://x.gov.cn/a/` and `https://x.gov.cn/a/index.html#top` are one address.
 */
const siteOrigin = 'https://site.invalid'

/** The address of a page given by its path inside the site (`/` or `\` separated). */
export function addressOf(path: string): string {
  return resolveLink(`/${path.replace(/\\/g, '/').replace(/^\.?\//, '')}`, 'site:/')
}

/** The address a link written on the page at `base` (an address) points to. */
export function resolveLink(href: string, base: string): string {
  const baseUrl = base.startsWith('site:') ? `${siteOrigin}${base.slice('site:'.length)}` : `https://${base}`
  let url: URL
  try {
    url = new URL(href.trim(), baseUrl)
  } catch {
    return href.trim()
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href
  const path = safeDecode(url.pathname).replace(/\/index\.s?html?$/i, '/').replace(/\/$/, '') || '/'
  const place = url.origin === siteOrigin ? `site:${path}` : `${url.host.toLowerCase()}${path}`
  return `${place}${url.search}`
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
