import type { Answer } from './answer'
import type { CorsPolicy } from './cors-policy'
import type { RequestContext } from './request-context'

/**
 * A CORS preflight on an origin that answers CORS: allowed without a token, as browsers send
 * none on a preflight. Graph's exact values are unknown; `CorsOptions` holds the fake's choices.
 * The status is 200, which Graph's front door is assumed to send (UNKNOWN).
 */
export function answerPreflight(context: RequestContext, cors: CorsPolicy): Answer {
  const requested = context.request.headers.get('access-control-request-headers')
  return {
    response: new Response(null, { status: 200, headers: { ...context.headers, ...cors.preflight(requested) } }),
    facts: {},
  }
}
