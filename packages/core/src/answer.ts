import { type ErrorShape, errorResponse } from './error-response'
import { GraphError } from './graph-error'
import type { JournalEntry } from './journal'
import type { RequestContext } from './request-context'

/** What the journal says of a request beyond what the request itself shows. */
export type JournalFacts = Partial<
  Pick<JournalEntry, 'function' | 'params' | 'error' | 'appId' | 'tenantId' | 'link' | 'fault' | 'retryAfter'>
>

/** A step's answer: the response, and what the journal will say of the request. */
export interface Answer {
  readonly response: Response
  readonly facts: JournalFacts
}

/**
 * The answer to a request a step refused: Graph's envelope, with what the step had learnt of the
 * request by then. Anything but a `GraphError` is a bug, and goes on up.
 */
export function refusal(context: RequestContext, error: unknown, facts: JournalFacts, shape: ErrorShape): Answer {
  if (!(error instanceof GraphError)) throw error
  return {
    response: errorResponse(error, context, shape),
    facts: { ...facts, error: error.errorCase },
  }
}
