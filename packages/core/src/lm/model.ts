import {readBinaryDictionary, type BinaryDictionary} from '@shenjiao/dictionaries'
import {dequantize, findSlot, modelFormat, modelVersion, tableOf, type ModelHeader, type ModelTable} from './format.js'

/** The dictionary id of the shipped model. */
export const charModelId = 'char-ngram-lm'

/** Counts of one n-gram: in running government text, and weighted by word frequency in the lexicon. */
export interface NgramCounts {
  corpus: number
  lexicon: number
}

export interface CharModel {
  readonly header: ModelHeader
  /** Counts of `text.slice(start, end)`; zeros when the model has not seen it. */
  counts(text: string, start: number, end: number): NgramCounts
}

const unseen: NgramCounts = {corpus: 0, lexicon: 0}

/** Reads the `# model {...}` line of the file and checks it is a model this code can read. */
export function parseHeader(comments: readonly string[]): ModelHeader {
  const line = comments.find((comment) => comment.startsWith('model '))
  if (!line) throw new Error(`${charModelId}: no "# model" header line`)
  const header = JSON.parse(line.slice('model '.length)) as ModelHeader
  if (header.format !== modelFormat || header.version !== modelVersion) {
    throw new Error(`${charModelId}: format ${header.format} ${header.version}, expected ${modelFormat} ${modelVersion}`)
  }
  return header
}

/** A model over a decoded table. */
export function createCharModel(header: ModelHeader, table: ModelTable): CharModel {
  // A count is one byte: its 256 values, computed once instead of a power per look-up.
  const values = Float64Array.from({length: 256}, (_, byte) => dequantize(byte, header.base))
  return {
    header,
    counts(text, start, end) {
      const slot = findSlot(table, text, start, end)
      if (slot < 0) return unseen
      return {corpus: values[table.corpus[slot]!]!, lexicon: values[table.lexicon[slot]!]!}
    },
  }
}

/** A model from the comments and bytes of its file. */
export function charModelOf({comments, bytes}: BinaryDictionary): CharModel {
  const header = parseHeader(comments)
  return createCharModel(header, tableOf(bytes, header.slots))
}

let loaded: CharModel | undefined

/** The shipped model, decoded on first use (tens of milliseconds) and kept for the process. */
export function charModel(): CharModel {
  return (loaded ??= charModelOf(readBinaryDictionary(charModelId)))
}
