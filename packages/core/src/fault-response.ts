import { type ErrorShape, errorResponse } from './error-response'
import type { FaultEffect } from './faults'
import { GraphError } from './graph-error'
import type { RequestIds } from './graph-headers'
import { throttledResponse } from './throttle'

/** Graph's wording for the statuses faults inject most. */
const INJECTED: Record<number, [code: string, message: string]> = {
  500: ['InternalServerError', 'An internal server error occurred. Please retry later.'],
  502: ['BadGateway', 'The server received an invalid response. Please retry later.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.'],
  504: ['GatewayTimeout', 'The request timed out. Please retry later.'],
}

/** The answer a fault gives: nothing at all (dropped), a 429 like throttling's, or Graph's envelope. */
export function faultResponse(
  effect: FaultEffect,
  ids: RequestIds,
  now: Date,
  shape: ErrorShape,
): Response | undefined {
  if (effect.drop) return Response.error()
  if (effect.status === undefined) return undefined
  if (effect.status === 429) return throttledResponse(effect.retryAfter ?? 2, ids, now)
  const [code, message] = INJECTED[effect.status] ?? [
    'InjectedFault',
    `A fault injected by the test answered ${effect.status}.`,
  ]
  const headers: Record<string, string> =
    effect.retryAfter === undefined ? {} : { 'Retry-After': String(effect.retryAfter) }
  return errorResponse(new GraphError(effect.status, code, message, headers, 'injected'), ids, now, shape)
}
