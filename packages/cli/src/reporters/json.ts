import type {Reporter, Write} from './reporter.js'

/**
 * For programs: `{"version":1,"files":[{"path","findings"}],"summary":{…}}`, the contract
 * documented in the README. Streams one file at a time, so a large run holds no report in memory.
 */
export function jsonReporter(write: Write, options: {fixing: boolean}): Reporter {
  let separator = ''
  write('{"version":1,"files":[')
  return {
    checked(file) {
      write(separator + JSON.stringify({path: file.path, findings: file.findings}))
      separator = ','
    },
    failed() {},
    end(tally) {
      write(`],"summary":${JSON.stringify(tally.summary(options.fixing))}}\n`)
    },
  }
}
