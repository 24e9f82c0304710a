import express, { type Request, type RequestHandler } from 'express'

/** Every admin body is a few fields, but a scenario tenant, which can be large. */
const BODY_LIMIT = '64kb'
const SCENARIO_LIMIT = '50mb'

/** Parses JSON bodies, each route with its own size limit. */
export function adminBodyParser(): RequestHandler {
  const small = express.json({ limit: BODY_LIMIT })
  const scenario = express.json({ limit: SCENARIO_LIMIT })
  return (request, response, next) => (request.path.startsWith('/tenant') ? scenario : small)(request, response, next)
}

/** The fields of a JSON object body (`{}` for none), or undefined when the body is JSON of another kind. */
export function bodyFields(request: Request): Record<string, unknown> | undefined {
  const body: unknown = request.body ?? {}
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined
}
