import { graphHeaders, type RequestIds, requestIdsFor } from './graph-headers'

/** What every step of one request reads, worked out once when it arrives. */
export interface RequestContext {
  readonly request: Request
  readonly url: URL
  /** The fake's clock when the request arrived: every step of it sees the same instant. */
  readonly now: Date
  readonly ids: RequestIds
  /** The headers every answer to it carries: its ids, Graph's diagnostic, the Date, its origin's CORS. */
  readonly headers: Readonly<Record<string, string>>
}

/** What an answer's response is built from. */
export type ResponseContext = Pick<RequestContext, 'ids' | 'now' | 'headers'>

export function requestContext(
  request: Request,
  url: URL,
  now: Date,
  originHeaders?: Readonly<Record<string, string>>,
): RequestContext {
  const ids = requestIdsFor(request)
  return { request, url, now, ids, headers: graphHeaders(ids, now, originHeaders) }
}
