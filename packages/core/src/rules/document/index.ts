import type {Rule} from '../../engine/rule.js'
import attachmentNote from './attachment-note.js'
import citationFormat from './citation-format.js'
import citedTitleMarks from './cited-title-marks.js'
import documentNumber from './document-number.js'
import headingNumberMark from './heading-number-mark.js'
import headingNumberSequence from './heading-number-sequence.js'
import ordinalWordMark from './ordinal-word-mark.js'
import signingDate from './signing-date.js'

/** 公文 convention rules (GB/T 9704-2012), in documentation order. */
export const documentRules: ReadonlyArray<Rule<string, any>> = [
  documentNumber,
  citationFormat,
  citedTitleMarks,
  headingNumberMark,
  headingNumberSequence,
  ordinalWordMark,
  attachmentNote,
  signingDate,
]
