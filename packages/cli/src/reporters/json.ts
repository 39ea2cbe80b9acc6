import type {Reporter, Write} from './reporter.js'

/**
 * For programs: `{"version":1,"files":[{"path","findings"}],"site":[{"path","findings"}],"summary":{…}}`,
 * the contract documented in the README. Streams one file at a time, so a large run holds
 * no report in memory.
 */
export function jsonReporter(write: Write, options: {fixing: boolean}): Reporter {
  let section: 'files' | 'site' = 'files'
  let first = true
  const item = (value: object): void => {
    write((first ? '' : ',') + JSON.stringify(value))
    first = false
  }
  const startSite = (): void => {
    if (section === 'site') return
    write('],"site":[')
    section = 'site'
    first = true
  }
  write('{"version":1,"files":[')
  return {
    checked(file) {
      item({path: file.path, findings: file.findings})
    },
    failed() {},
    site(page) {
      startSite()
      item({path: page.path, findings: page.findings})
    },
    end(tally) {
      startSite()
      write(`],"summary":${JSON.stringify(tally.summary(options.fixing))}}\n`)
    },
  }
}
