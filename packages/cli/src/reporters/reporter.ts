import type {Finding} from '@shenjiao/core'
import type {FileResult} from '../check-target.js'
import type {Tally} from '../tally.js'

export type CheckedFile = Extract<FileResult, {kind: 'checked'}>
export type FailedFile = Extract<FileResult, {kind: 'failed'}>

/** Findings about a page as part of the site (政策 ↔ 解读 linkage), each at the page's title. */
export interface SitePage {
  path: string
  findings: Finding[]
}

/**
 * Writes one output format. Files arrive in walk order; then the site findings, page by
 * page (they need every file read first); `end` comes once, after the last.
 */
export interface Reporter {
  checked(file: CheckedFile): void
  /** A file that could not be checked; its message already went to stderr. */
  failed(file: FailedFile): void
  site(page: SitePage): void
  end(tally: Tally): void
}

export type Write = (text: string) => void
