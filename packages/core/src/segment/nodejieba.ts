import {createRequire} from 'node:module'
import {withOffsets, type Segmenter} from './segmenter.js'

const require = createRequire(import.meta.url)

interface NodeJieba {
  load(): void
  tag(text: string): Array<{word: string; tag: string}>
}

/** nodejieba (cppjieba), an optional peer dependency that users install themselves. */
export function loadNodejieba(): Segmenter {
  let nodejieba: NodeJieba
  try {
    nodejieba = require('nodejieba') as NodeJieba
    nodejieba.load()
  } catch (error) {
    throw new Error(
      '分词器 nodejieba 不可用：请先安装 nodejieba（npm i nodejieba），或在配置中改用 "segmenter": "node-rs-jieba"',
      {cause: error},
    )
  }
  return {
    name: 'nodejieba',
    tokenize: (text) => withOffsets(text, nodejieba.tag(text)),
  }
}
