/** A mistake in how the CLI was called: printed as one line, exit code 2. */
export class CliError extends Error {
  override readonly name = 'CliError'
}
