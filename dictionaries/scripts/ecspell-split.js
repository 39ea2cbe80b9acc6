/**
 * The deterministic split of the ECSpell train files this project uses as its development
 * set: a sentence belongs to the held-out part when the FNV-1a hash of its correct (target)
 * text is 0 modulo 5 (about 20 %), else to the tuning part. The language model is built
 * from the tuning part only and thresholds are calibrated on it; the held-out figures are
 * the honest ones. Hashing the target keeps two noisy copies of one sentence together.
 */

/** FNV-1a over UTF-16 code units, unsigned 32-bit. */
export function fnv1a(text) {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Whether an ECSpell sentence, named by its target, is in the held-out part. */
export function isHeldOut(target) {
  return fnv1a(target) % 5 === 0
}

/**
 * Folds of the tuning part for cross-fitting: the ranker's training features for a sentence
 * come from a character model and an error model built without the sentence's fold, as the
 * shipped models will judge text they never saw. Independent of the held-out split (which
 * takes the hash modulo 5 itself).
 */
export const folds = 5

/** The fold of a tuning sentence, named by its target. */
export function foldOf(target) {
  return Math.floor(fnv1a(target) / 5) % folds
}

/** Rows `{errors, source, target}` of an ECSpell `*.train.dedup.tsv` file. */
export function parseEcspell(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [errors, source, target] = line.split('\t')
      return {errors: Number(errors), source, target}
    })
}

/** The substituted characters of an ECSpell row, `wrong + right` each (染道 → 渠道: '染渠'). */
export function errorPairs({source, target}) {
  const wrong = [...source]
  const right = [...target]
  if (wrong.length !== right.length) return []
  return wrong.flatMap((char, i) => (char === right[i] ? [] : [char + right[i]]))
}
