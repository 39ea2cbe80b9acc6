import type {FileResult} from '../check-target.js'
import type {Tally} from '../tally.js'

export type CheckedFile = Extract<FileResult, {kind: 'checked'}>
export type FailedFile = Extract<FileResult, {kind: 'failed'}>

/** Writes one output format. Files arrive in walk order; `end` comes once, after the last. */
export interface Reporter {
  checked(file: CheckedFile): void
  /** A file that could not be checked; its message already went to stderr. */
  failed(file: FailedFile): void
  end(tally: Tally): void
}

export type Write = (text: string) => void
