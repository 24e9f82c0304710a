import type { ErrorCode } from './error-cases'

/** A failure the fake answers with Graph's error envelope. */
export class GraphError extends Error {
  override readonly name = 'GraphError'

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers, such as `WWW-Authenticate` on a 401. */
    readonly headers: Readonly<Record<string, string>> = {},
    /** What answered, for the journal: one of `ERROR_CASES`, or an injected fault. */
    readonly errorCase?: ErrorCode,
  ) {
    super(message)
  }
}
