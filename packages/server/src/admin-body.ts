import express, { type Request, type RequestHandler } from 'express'
import { readScenarioBody } from './scenario-body'

/** Every admin body is a few fields, but a scenario tenant's (see scenario-body.ts). */
const BODY_LIMIT = '64kb'

/** Parses the JSON bodies of the admin API but the scenario route's, which reads its own as it arrives. */
export function adminBodyParser(): RequestHandler {
  const small = express.json({ limit: BODY_LIMIT })
  // In any case, as the router matches paths: /Tenant is the scenario route too.
  return (request, response, next) =>
    request.path.toLowerCase().startsWith('/tenant') ? next() : small(request, response, next)
}

/** The fields of a JSON object body (`{}` for none), or undefined when the body is JSON of another kind. */
export function bodyFields(request: Request): Record<string, unknown> | undefined {
  return fieldsOf(request.body)
}

/** `bodyFields` of the scenario route, read from the request as it arrives (see scenario-body.ts). */
export async function scenarioBody(request: Request): Promise<Record<string, unknown> | undefined> {
  return fieldsOf(await readScenarioBody(request))
}

function fieldsOf(body: unknown): Record<string, unknown> | undefined {
  const value = body ?? {}
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}
