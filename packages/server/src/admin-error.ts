import type { ErrorRequestHandler, RequestHandler, Response } from 'express'

const CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  500: 'InternalError',
  503: 'ServiceUnavailable',
}

/** The admin API's one error shape, `{ "error": { "code", "message" } }`, for every failure. */
export function adminError(response: Response, status: number, message: string): void {
  response.status(status).json({ error: { code: CODES[status] ?? 'Error', message } })
}

/** A request the admin API cannot act on: 400 with one readable line. */
export function refuse(response: Response, message: string): void {
  adminError(response, 400, message)
}

/** What a body the JSON parser could not read is, in words that name no file and quote no stack. */
const BODY_PROBLEMS: Record<string, [status: number, message: string]> = {
  'entity.parse.failed': [400, 'the body is not valid JSON'],
  'entity.too.large': [413, 'the body is larger than this endpoint reads'],
  'entity.verify.failed': [400, 'the body could not be verified'],
  'charset.unsupported': [415, 'the body must be JSON in UTF-8: charset=utf-8 or none'],
  'encoding.unsupported': [415, 'the body must be sent plain, or with Content-Encoding gzip, deflate or br'],
  'request.aborted': [400, 'the body ended before its Content-Length'],
  'request.size.invalid': [400, 'the body is not as long as its Content-Length says'],
  'stream.encoding.set': [500, 'the admin API could not read the body'],
}

/**
 * The last handler of the admin router: a body the parser refused, and anything unexpected,
 * become the one JSON shape. Never Express's HTML page, which quoted a stack trace with the
 * paths of the installation.
 */
export function adminErrors(onUnexpected: (error: unknown) => void): ErrorRequestHandler {
  return (error, _request, response, _next) => {
    const type = (error as { type?: unknown }).type
    const known = typeof type === 'string' && Object.hasOwn(BODY_PROBLEMS, type) ? BODY_PROBLEMS[type] : undefined
    const status = (error as { status?: unknown }).status
    // A body that fails to inflate is the client's doing: zlib's error carries 400 and no type.
    const [code, message] =
      known ??
      (typeof status === 'number' && status >= 400 && status < 500 ? [400, 'the body could not be decoded'] : [])
    if (code !== undefined && message !== undefined) return adminError(response, code, message)
    onUnexpected(error)
    adminError(response, 500, 'the admin API failed to answer; the server log says why')
  }
}

/** Any path or method the admin API does not serve. */
export const adminNotFound: RequestHandler = (request, response) => {
  adminError(response, 404, `no admin endpoint ${request.method} /_admin${request.path.slice(0, 200)}`)
}
