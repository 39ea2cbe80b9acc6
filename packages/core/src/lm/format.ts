/**
 * The layout of the character n-gram model file, shared by the build script
 * (`dictionaries/scripts/build-lm.js`, which imports it from `dist`) and the loader.
 *
 * The model is an open-addressed hash table of `slots` entries (a power of two) with
 * linear probing. Each slot holds a 16-bit fingerprint of its n-gram (0 = empty) and two
 * quantised counts: one from running government text, one from the jieba dictionary's
 * words weighted by their frequency. Keys are never stored: an n-gram is found by its slot
 * hash and fingerprint, two independent hashes, so an unseen n-gram passes for a seen one
 * with a probability of about 2^-16 per probe.
 *
 * Payload bytes: fingerprints (Uint16, little-endian) · corpus counts (Uint8) · lexicon counts (Uint8).
 */

export const modelFormat = 'shenjiao-char-lm'
export const modelVersion = 2

/** What the `# model {...}` header line of the file says. */
export interface ModelHeader {
  format: typeof modelFormat
  version: number
  /** Longest n-gram stored. */
  order: number
  slots: number
  /** Base of the logarithmic count quantisation. */
  base: number
  /** Characters of running text counted. */
  corpusTotal: number
  /** Frequency-weighted characters of dictionary words counted. */
  lexiconTotal: number
}

/**
 * The key under which a character's frequency as a word on its own (的, 或, 胃) is stored:
 * the character behind U+0000, which no n-gram of Han characters contains.
 */
export function standaloneKey(char: string): string {
  return `\u0000${char}`
}

/**
 * The key under which a dictionary word of 2–4 characters keeps its frequency (under its
 * plain key the lexicon count also counts the n-gram inside longer words: 合国 in 联合国).
 */
export function wordKey(word: string): string {
  return `\u0001${word}`
}

/** Murmur3's finaliser: spreads FNV's weak low bits over the word. */
function mix(hash: number): number {
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`, seeded. */
function fnv1a(text: string, start: number, end: number, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The slot an n-gram's probing starts at. */
export function slotOf(text: string, start: number, end: number, slots: number): number {
  return mix(fnv1a(text, start, end, 0)) & (slots - 1)
}

/** The n-gram's fingerprint, never 0 (0 marks an empty slot). */
export function fingerprintOf(text: string, start: number, end: number): number {
  return (mix(fnv1a(text, start, end, 0x5bd1e995)) >>> 16) || 1
}

/** A count as one byte: 0 for none, else 1 + ⌊log_base(count)⌉, capped at 255. */
export function quantize(count: number, base: number): number {
  if (count <= 0) return 0
  return Math.min(255, 1 + Math.round(Math.log(count) / Math.log(base)))
}

/** The count a byte stands for; see `quantize`. */
export function dequantize(byte: number, base: number): number {
  return byte === 0 ? 0 : base ** (byte - 1)
}

/** The table of a model: typed-array views over the payload. */
export interface ModelTable {
  slots: number
  fingerprints: Uint16Array
  corpus: Uint8Array
  lexicon: Uint8Array
}

/** Views over a payload laid out as described above. */
export function tableOf(payload: Uint8Array, slots: number): ModelTable {
  if (payload.byteLength !== slots * 4) throw new Error(`Model payload has ${payload.byteLength} bytes, expected ${slots * 4}`)
  const aligned = payload.byteOffset % 2 === 0 ? payload : payload.slice()
  return {
    slots,
    fingerprints: new Uint16Array(aligned.buffer, aligned.byteOffset, slots),
    corpus: aligned.subarray(slots * 2, slots * 3),
    lexicon: aligned.subarray(slots * 3, slots * 4),
  }
}

/**
 * The slot holding `text.slice(start, end)`, or, when it is absent, `-1 - s` where `s` is
 * the empty slot it would go in. The table is never full, so probing ends.
 */
export function findSlot(table: ModelTable, text: string, start: number, end: number): number {
  const mask = table.slots - 1
  const fingerprint = fingerprintOf(text, start, end)
  for (let slot = slotOf(text, start, end, table.slots); ; slot = (slot + 1) & mask) {
    const stored = table.fingerprints[slot]!
    if (stored === fingerprint) return slot
    if (stored === 0) return -1 - slot
  }
}
