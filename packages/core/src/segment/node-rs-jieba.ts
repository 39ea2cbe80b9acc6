import {createRequire} from 'node:module'
import {withOffsets, type Segmenter} from './segmenter.js'

const require = createRequire(import.meta.url)

/** @node-rs/jieba: prebuilt binaries, jieba-rs with its default dictionary. */
export function loadNodeRsJieba(): Segmenter {
  const {Jieba} = require('@node-rs/jieba') as typeof import('@node-rs/jieba')
  const {dict} = require('@node-rs/jieba/dict') as {dict: Uint8Array}
  const jieba = Jieba.withDict(dict)
  return {
    name: 'node-rs-jieba',
    tokenize: (text) => withOffsets(text, jieba.tag(text, true)),
  }
}
