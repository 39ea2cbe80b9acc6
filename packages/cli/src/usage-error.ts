/** A mistake on the command line: the message says what to change; exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
