import { GraphError } from './graph-error'

/**
 * Every error the fake can answer, by case. Where docs/graph-reports.md records the real body, it is used;
 * where it says UNKNOWN, the choice is marked so and can be overridden with `options.errors`.
 */
export const ERROR_CASES = {
  /** docs/graph-reports.md §3, I-15 (HIGH). Also unbindable parameters: no overload matches them (LOW). */
  unknownSegment: { status: 400, code: 'BadRequest', message: "Resource not found for the segment '{segment}'." },
  /** docs/graph-reports.md §3 (message HIGH; code and status MED). */
  quotedDate: {
    status: 400,
    code: 'BadRequest',
    message: "Expression of type 'Edm.String' cannot be converted to type 'Edm.Date'.",
  },
  /** The seed form types date as a string; an unquoted one is the mirror image (UNKNOWN). */
  unquotedDate: {
    status: 400,
    code: 'BadRequest',
    message: "Expression of type 'Edm.Date' cannot be converted to type 'Edm.String'.",
  },
  /** docs/graph-reports.md §3 (HIGH): the date echoed as sent. The window is 28 days, or 30 on the seed form. */
  dateOutOfWindow: {
    status: 400,
    code: 'InvalidArgument',
    message: 'Invalid date value specified: {date}. Only support data for the past {days} days.',
  },
  /** UNKNOWN: an OData literal parse error, presumably 400. */
  malformedDate: { status: 400, code: 'BadRequest', message: "The date '{date}' is not a valid Edm.Date literal." },
  /** UNKNOWN: docs/graph-reports.md §3 suggests InvalidArgument naming the value. */
  invalidPeriod: {
    status: 400,
    code: 'InvalidArgument',
    message: 'Invalid period value specified: {period}. Supported values are D7, D30, D90, D180.',
  },
  /** UNKNOWN: invalidPeriod's words, with the periods of the Copilot report version asked for (docs/usage-reports.md §12). */
  invalidCopilotPeriod: {
    status: 400,
    code: 'InvalidArgument',
    message: 'Invalid period value specified: {period}. Supported values are {periods}.',
  },
  /** UNKNOWN: modelled on invalidPeriod (docs/usage-reports.md §12). */
  invalidReportVersion: {
    status: 400,
    code: 'InvalidArgument',
    message: 'Invalid version value specified: {version}. Supported values are v1, v2.',
  },
  /** UNKNOWN: the seed says only that view "can not be null". */
  missingView: {
    status: 400,
    code: 'InvalidArgument',
    message: 'The view parameter cannot be null. Supported values are Detail, Users, Services.',
  },
  invalidView: {
    status: 400,
    code: 'InvalidArgument',
    message: 'Invalid view value specified: {view}. Supported values are Detail, Users, Services.',
  },
  /** UNKNOWN: a report that needs a period was given none it could use. */
  missingPeriod: {
    status: 400,
    code: 'InvalidArgument',
    message: 'The period parameter cannot be null. Supported values are D7, D30, D90, D180.',
  },
  /** docs/graph-reports.md §1.5, I-2 (HIGH): the message is itself JSON. */
  jsonOnV1: { status: 400, code: 'UnknownError', message: '{"Message":"JSON format is not supported."}' },
  /** UNKNOWN. */
  unsupportedFormat: {
    status: 400,
    code: 'BadRequest',
    message: "The $format value '{format}' is not supported. Use text/csv or application/json.",
  },
  /** UNKNOWN; $top is capped at 10000 (docs/graph-reports.md §1.5, I-10). */
  invalidTop: {
    status: 400,
    code: 'BadRequest',
    message: "Invalid value '{top}' for $top. It must be a whole number from 1 to 10000.",
  },
  invalidSkipToken: { status: 400, code: 'BadRequest', message: "The $skipToken '{token}' is not valid." },
  /**
   * A directory function's capture (docs/graph-reports.md §10.5); whether report functions and the
   * download host answer so too is UNKNOWN.
   */
  methodNotAllowed: {
    status: 400,
    code: 'Request_BadRequest',
    message: 'Specified HTTP method is not allowed for the request target.',
  },
  /** A PATCH body Graph cannot read (OData's wording is unknown here). */
  invalidRequestBody: { status: 400, code: 'BadRequest', message: 'Invalid request body: {problem}.' },
  /** UNKNOWN: HTTP's 413, worded as Graph's other errors are. */
  bodyTooLarge: {
    status: 413,
    code: 'RequestEntityTooLarge',
    message: 'The request body is larger than the {limit} bytes this service reads.',
  },
  /** OData's answer to a property the type does not have. */
  unknownProperty: {
    status: 400,
    code: 'BadRequest',
    message: "Property '{property}' does not exist on type 'microsoft.graph.adminReportSettings'.",
  },
  /** docs/graph-reports.md §4 (HIGH). */
  missingToken: { status: 401, code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
  invalidToken: { status: 401, code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' },
  /** Graph's words for a token that is not a JWT (auth modes `jwt` and `signed`). */
  malformedToken: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'CompactToken parsing failed with error code: 80049217',
  },
  /** Auth mode `signed`: not signed by the fake's identity platform, or not for Graph. */
  unsignedToken: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Access token validation failure. Invalid audience or signature.',
  },
  /** UNKNOWN (docs/graph-reports.md §6): a Global Reader or Usage Summary Reports Reader asking for per-user detail. */
  tenantLevelOnly: { status: 403, code: 'S2SUnauthorized', message: 'Invalid permission.' },
  expiredToken: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Lifetime validation failed, the token is expired.',
  },
  /** UNKNOWN: the identity platform's words for a token used before its nbf. */
  notYetValidToken: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'Lifetime validation failed, the token is not yet valid.',
  },
  /** docs/graph-reports.md §4 (MED): flat by default; `permissionErrorShape: 'wrapped'` gives the captured wrapped form. */
  forbidden: { status: 403, code: 'S2SUnauthorized', message: 'Invalid permission.' },
  /**
   * UNKNOWN: docs/graph-reports.md §5 suggests 401 or 403; 403 as for expired pre-signed URLs elsewhere. Expired and
   * forged links get the same words, so a refusal tells a caller nothing it could probe with; the
   * journal keeps the reason.
   */
  linkExpired: { status: 403, code: 'AccessDenied', message: 'The download link is not valid or has expired.' },
  linkInvalid: { status: 403, code: 'AccessDenied', message: 'The download link is not valid or has expired.' },
  /** Only with `rejectTokenOnDownload`: the link is pre-authenticated (docs/graph-reports.md §5, OneDrive precedent). */
  tokenOnDownload: {
    status: 401,
    code: 'InvalidAuthenticationToken',
    message: 'The download link is pre-authenticated: do not send an Authorization header to it.',
  },
  /** UNKNOWN: Graph's front end refuses an overlong URL before any workload reads it; 414 as HTTP has it. */
  pathTooLong: {
    status: 414,
    code: 'RequestUriTooLong',
    message: 'The request path is longer than the {limit} characters this service reads.',
  },
  /** UNKNOWN: a query option or function argument no report could take. */
  parameterTooLong: {
    status: 400,
    code: 'BadRequest',
    message: "The parameter '{name}' is longer than the {limit} characters this service reads.",
  },
  /** UNKNOWN: a request the HTTP parser cannot read (a byte outside ASCII in the request line, a broken header line). */
  unreadableRequest: {
    status: 400,
    code: 'BadRequest',
    message: 'The request could not be read as HTTP/1.1: {problem}.',
  },
  /** UNKNOWN: a request that did not arrive whole in time (node's 5 minutes, its headers' 1); 408 as HTTP has it. */
  requestTimeout: {
    status: 408,
    code: 'RequestTimeout',
    message: 'The request did not arrive in time.',
  },
  /** UNKNOWN: headers beyond what the server reads (node's 16 KB by default); 431 as HTTP has it. */
  headersTooLarge: {
    status: 431,
    code: 'RequestHeaderFieldsTooLarge',
    message: 'The request headers are larger than this service reads.',
  },
  notFound: { status: 404, code: 'NotFound', message: 'The resource could not be found.' },
  /** Never intended: an exception the fake did not expect, still in Graph's envelope. */
  internal: {
    status: 500,
    code: 'InternalServerError',
    message: 'The fake failed to answer this request. See the server log.',
  },
} as const satisfies Record<string, ErrorTemplate>

export interface ErrorTemplate {
  readonly status: number
  readonly code: string
  readonly message: string
}

export type ErrorCase = keyof typeof ERROR_CASES
/** What answered a request with an error, as the journal and `GraphError` name it: a case, Graph's throttling, or an injected fault. */
export type ErrorCode = ErrorCase | 'throttled' | 'injected'
export type ErrorOverrides = Partial<Record<ErrorCase, Partial<ErrorTemplate>>>

/** Raises a case, with `{placeholders}` filled and any override applied. */
export function raise(
  overrides: ErrorOverrides | undefined,
  errorCase: ErrorCase,
  values: Record<string, string | number> = {},
  headers?: Record<string, string>,
): GraphError {
  const template = { ...ERROR_CASES[errorCase], ...overrides?.[errorCase] }
  const message = template.message.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`))
  return new GraphError(template.status, template.code, message, headers, errorCase)
}
