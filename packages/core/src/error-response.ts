import type { GraphError } from './graph-error'
import { innerErrorDate } from './graph-headers'
import type { ResponseContext } from './request-context'

export interface ErrorShape {
  /** How a 403 S2SUnauthorized is worded: flat, or wrapped in an UnknownError (docs/graph-reports.md §4). */
  readonly permissionErrorShape: 'flat' | 'wrapped'
}

/** Graph's envelope: `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`. */
export function errorResponse(error: GraphError, { ids, now, headers }: ResponseContext, shape: ErrorShape): Response {
  const wrapped = shape.permissionErrorShape === 'wrapped' && error.code === 'S2SUnauthorized'
  const body = {
    error: {
      code: wrapped ? 'UnknownError' : error.code,
      message: wrapped ? JSON.stringify({ error: { code: error.code, message: error.message } }) : error.message,
      innerError: {
        date: innerErrorDate(now),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  }
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { ...headers, 'Content-Type': 'application/json', ...error.headers },
  })
}
