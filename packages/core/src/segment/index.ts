import {loadNodejieba} from './nodejieba.js'
import {loadNodeRsJieba} from './node-rs-jieba.js'
import {defaultSegmenter, type Segmenter, type SegmenterName} from './segmenter.js'

export type {Segmenter, SegmenterName, Token} from './segmenter.js'
export {defaultSegmenter, segmenterNames} from './segmenter.js'

const loaders: Record<SegmenterName, () => Segmenter> = {
  'node-rs-jieba': loadNodeRsJieba,
  nodejieba: loadNodejieba,
}

const loaded = new Map<SegmenterName, Segmenter>()

/** The named segmenter, loaded on first use and kept for the life of the process. */
export function getSegmenter(name: SegmenterName = defaultSegmenter): Segmenter {
  let segmenter = loaded.get(name)
  if (!segmenter) {
    segmenter = loaders[name]()
    loaded.set(name, segmenter)
  }
  return segmenter
}
