/**
 * Code points terminals draw two columns wide (East Asian Wide and Fullwidth): Hangul Jamo,
 * CJK punctuation, kana, Han, Yi, Hangul syllables, compatibility ideographs, vertical and
 * small forms, fullwidth forms, and the supplementary ideographic planes.
 */
const wideRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x3fffd],
]

const emoji = /^\p{Emoji_Presentation}$/u
const invisible = /^[\p{Mn}\p{Me}\p{Cf}]$/u

/**
 * Columns a terminal gives one code point. Ambiguous-width marks such as “ ” and … count as
 * one column, as terminals draw them by default.
 */
export function charWidth(char: string): number {
  if (invisible.test(char)) return 0
  const code = char.codePointAt(0)!
  if (wideRanges.some(([start, end]) => code >= start && code <= end) || emoji.test(char)) return 2
  return 1
}

export function textWidth(text: string): number {
  let width = 0
  for (const char of text) width += charWidth(char)
  return width
}
