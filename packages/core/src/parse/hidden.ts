/**
 * Why an element's content is not shown to readers, read from its `hidden` attribute and
 * inline `style`: the ways injected spam is hidden on hacked pages. Style sheets and class
 * selectors are not read.
 */
export function hiddenReason(properties: Readonly<Record<string, unknown>>): string | undefined {
  if (properties['hidden'] === true || properties['hidden'] === '') return 'hidden 属性'
  const style = properties['style']
  return typeof style === 'string' ? hiddenByStyle(style) : undefined
}

/** Offsets this far off the page put content out of any screen (`left:-9999px`, `top:-999px`). */
const offScreen = 999

/** The declaration of an inline style that hides the element, written `property:value`. */
export function hiddenByStyle(style: string): string | undefined {
  const declarations = new Map<string, string>()
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon === -1) continue
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase()
    declarations.set(property, value)
  }
  const value = (property: string): string => declarations.get(property) ?? ''
  if (value('display') === 'none') return 'display:none'
  if (value('visibility') === 'hidden' || value('visibility') === 'collapse') return `visibility:${value('visibility')}`
  if (isZero(value('font-size'))) return `font-size:${value('font-size')}`
  if (isZero(value('opacity'))) return `opacity:${value('opacity')}`
  for (const property of ['left', 'top', 'right', 'bottom', 'text-indent', 'margin-left', 'margin-top']) {
    if (pixels(value(property)) <= -offScreen) return `${property}:${value(property)}`
  }
  if (value('overflow') === 'hidden') {
    for (const property of ['width', 'height']) {
      if (pixels(value(property)) <= 1) return `${property}:${value(property)};overflow:hidden`
    }
  }
  return undefined
}

/** `0`, `0px`, `0.0em`, `0%`. */
function isZero(value: string): boolean {
  return /^[+-]?0*\.?0+(?:[a-z]+|%)?$/.test(value)
}

/** A length in px (or a bare number); NaN for any other value. */
function pixels(value: string): number {
  const match = /^([+-]?\d+(?:\.\d+)?)(?:px)?$/.exec(value)
  return match ? Number(match[1]) : Number.NaN
}
