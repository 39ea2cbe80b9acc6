import type {ReportFormat} from '../flags.js'
import {jsonReporter} from './json.js'
import {prettyReporter} from './pretty.js'
import type {Reporter, Write} from './reporter.js'
import {sarifReporter} from './sarif.js'

export type {Reporter, Write} from './reporter.js'

export function createReporter(format: ReportFormat, write: Write, options: {color: boolean; fixing: boolean}): Reporter {
  if (format === 'json') return jsonReporter(write, options)
  if (format === 'sarif') return sarifReporter(write)
  return prettyReporter(write, options)
}
