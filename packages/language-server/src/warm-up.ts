import {defaultSegmenter, getSegmenter, type SegmenterName} from '@shenjiao/core'
import {describe} from './diagnostics.js'
import {DocumentLinter} from './lint.js'

/** Exercises every rule once: the segmenter, the shipped dictionaries and the matchers load. */
const sample = '预热：会议召开,请准时参加。的的 研究研究'

/**
 * Loads the segmenter and the dictionaries before the first document needs them, so the
 * first check of an opened document is as fast as the next. If the segmenter cannot load
 * (no prebuilt binary for this platform in a bundle, say), the rules that need words are
 * skipped where they run and the others work as usual; the log says so once, here.
 */
export async function warmUp(log: (message: string) => void, segmenter: SegmenterName = defaultSegmenter): Promise<void> {
  const started = performance.now()
  try {
    getSegmenter(segmenter)
  } catch (error) {
    log(`分词器 ${segmenter} 不可用（${describe(error)}）：需要分词的规则将被跳过，其余规则照常检查`)
    return
  }
  await new DocumentLinter('text').lint(sample, {}, {onRuleError: () => undefined})
  log(`分词器 ${segmenter} 和词典已载入，用时 ${Math.round(performance.now() - started)} ms`)
}
