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

/**
 * The Retry-After a fault's answer carries, in seconds: a 429 always has one (2 s unless told),
 * another status only when told, a dropped connection none, for it answers nothing.
 */
export function faultRetryAfter(effect: FaultEffect): number | undefined {
  if (effect.drop || effect.status === undefined) return undefined
  return effect.status === 429 ? (effect.retryAfter ?? 2) : effect.retryAfter
}

/** The answer a fault gives: nothing at all (dropped), a 429 like throttling's, or Graph's envelope. */
export function faultResponse(effect: FaultEffect, context: ResponseContext, shape: ErrorShape): Response | undefined {
  if (effect.drop) return Response.error()
  if (effect.status === undefined) return undefined
  const seconds = faultRetryAfter(effect)
  if (effect.status === 429) return throttledResponse(seconds as number, context)
  const retryAfter: Record<string, string> = seconds === undefined ? {} : { 'Retry-After': String(seconds) }
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
