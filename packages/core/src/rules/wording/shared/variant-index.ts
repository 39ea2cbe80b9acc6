import type {NearMiss} from './near-miss.js'

export interface VariantHit {
  start: number
  end: number
  miss: NearMiss
}

export interface VariantIndex {
  /** The longest variant starting at each position, left to right, hits not overlapping. */
  find(text: string): VariantHit[]
  readonly size: number
}

/**
 * Variants by their text, reached through their first two code units: one hash lookup per
 * position of the text, a few more where a variant may start. The many variants of a
 * protected list share no trie, so a hash keeps memory flat where an Aho–Corasick
 * automaton would grow a state per variant character.
 */
export function createVariantIndex(misses: readonly NearMiss[], isExcluded: (variant: string) => boolean): VariantIndex {
  const variants = new Map<string, NearMiss>()
  for (const miss of misses) {
    if (miss.variant.length < 2 || variants.has(miss.variant) || isExcluded(miss.variant)) continue
    variants.set(miss.variant, miss)
  }
  const lengthsByStart = new Map<string, number[]>()
  for (const variant of variants.keys()) {
    const key = variant.slice(0, 2)
    const lengths = lengthsByStart.get(key) ?? []
    if (!lengths.includes(variant.length)) lengths.push(variant.length)
    lengthsByStart.set(key, lengths)
  }
  for (const lengths of lengthsByStart.values()) lengths.sort((a, b) => b - a)

  return {
    size: variants.size,
    find(text) {
      const hits: VariantHit[] = []
      for (let i = 0; i + 1 < text.length; i++) {
        const lengths = lengthsByStart.get(text.slice(i, i + 2))
        if (!lengths) continue
        for (const length of lengths) {
          if (i + length > text.length) continue
          const miss = variants.get(text.slice(i, i + length))
          if (!miss) continue
          hits.push({start: i, end: i + length, miss})
          i += length - 1
          break
        }
      }
      return hits
    },
  }
}
