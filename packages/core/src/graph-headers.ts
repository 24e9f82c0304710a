import { formatOncePer } from './format-instant'

/** Where the fake says it runs, in the shape of Graph's diagnostic header (docs/graph-reports.md §3, MED). */
const DIAGNOSTIC = JSON.stringify({
  ServerInfo: { DataCenter: 'West Europe', Slice: 'E', Ring: '5', ScaleUnit: '000', RoleInstance: 'FAKEGRAPH01' },
})

/** The Content-Type of Graph's JSON answers. */
export const ODATA_JSON =
  'application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8'

export interface RequestIds {
  readonly requestId: string
  /** The caller's `client-request-id`, or the request id when none was sent (docs/graph-reports.md §3). */
  readonly clientRequestId: string
}

export function requestIdsFor(request: Request): RequestIds {
  const requestId = crypto.randomUUID()
  return { requestId, clientRequestId: request.headers.get('client-request-id') || requestId }
}

/** The headers every answer carries, with those of the origin it is on (its CORS headers). */
export function graphHeaders(
  ids: RequestIds,
  now: Date,
  originHeaders?: Readonly<Record<string, string>>,
): Record<string, string> {
  const headers = {
    'request-id': ids.requestId,
    'client-request-id': ids.clientRequestId,
    'x-ms-ags-diagnostic': DIAGNOSTIC,
    'Strict-Transport-Security': 'max-age=31536000',
    Date: httpDate(now),
  }
  // After Graph's own, which keep the order they had before origins had headers of their own.
  return originHeaders === undefined ? headers : Object.assign(headers, originHeaders)
}

/** The Date header changes once a second. */
const httpDate = formatOncePer(1000, (now) => now.toUTCString())

/** The `date` of an error's `innerError`: Graph writes it without a zone and without fractions. */
export function innerErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19)
}
