import {readFileSync} from 'node:fs'

/** This package's own package.json: the version shown by --version and in SARIF. */
export const packageInfo = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
  homepage: string
}
