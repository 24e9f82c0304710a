import { type ErrorShape, errorResponse } from './error-response'
import type { FaultEffect } from './faults'
import { GraphError } from './graph-error'
import type { ResponseContext } from './request-context'
import { throttledResponse } from './throttle'

/** Graph's wording for the statuses faults inject most. */
const INJECTED: Record<number, [code: string, message: string]> = {
  500: ['InternalServerError', 'An internal server error occurred. Please retry later.'],
  502: ['BadGateway', 'The server received an invalid response. Please retry later.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.'],
  504: ['GatewayTimeout', 'The request timed out. Please retry later.'],
}

const NO_BODY = new Set([204, 205, 304])

/** The answer a fault gives: nothing at all (dropped), a 429 like throttling's, or Graph's envelope. */
export function faultResponse(effect: FaultEffect, context: ResponseContext, shape: ErrorShape): Response | undefined {
  if (effect.drop) return Response.error()
  if (effect.status === undefined) return undefined
  if (effect.status === 429) return throttledResponse(effect.retryAfter ?? 2, context)
  const retryAfter: Record<string, string> =
    effect.retryAfter === undefined ? {} : { 'Retry-After': String(effect.retryAfter) }
  // These statuses carry no body: Response refuses one, and a client would misread it.
  if (NO_BODY.has(effect.status)) {
    return new Response(null, { status: effect.status, headers: { ...context.headers, ...retryAfter } })
  }
  const [code, message] = INJECTED[effect.status] ?? [
    'InjectedFault',
    `A fault injected by the test answered ${effect.status}.`,
  ]
  return errorResponse(new GraphError(effect.status, code, message, retryAfter, 'injected'), context, shape)
}
