import { type ChaosSpec, ControlError, type FakeGraph, type FaultSpec, type ScriptedFault } from '@fake-graph/core'
import { type Request, Router } from 'express'
import { bodyFields } from './admin-body'
import { refuse } from './admin-error'
import { readQuery } from './admin-query'

/**
 * `/_admin/faults`: the fake's scripted faults and chaos over HTTP.
 * POST `{ "status": 503, "times": 2, "retryAfter": 5, "match": { "function": "…" } }`, or
 * `{ "drop": true }`, `{ "latencyMs": [100, 300], "times": "always" }`, or
 * `{ "chaos": { "rate": 0.2, "statuses": [429, 503], "seed": 7 } }` (`{ "chaos": null }` stops it).
 * The fake's faults check each spec; this only reads JSON.
 */
export function adminFaults(fake: FakeGraph): Router {
  const router = Router()
  router.get('/', (request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    const { scripted, chaos } = fake.faults.list()
    response.json({ scripted: scripted.map(asJson), chaos })
  })
  router.delete('/', (request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    fake.faults.clear()
    response.status(204).end()
  })
  router.post('/', (request: Request, response) => {
    const query = readQuery(request, [])
    if (typeof query === 'string') return refuse(response, query)
    const body = bodyFields(request)
    if (!body) return refuse(response, 'the body must be a JSON object')
    try {
      if (Object.hasOwn(body, 'chaos')) {
        if (Object.keys(body).length > 1) return refuse(response, 'send chaos alone, or a fault without it')
        fake.faults.chaos((body.chaos ?? undefined) as ChaosSpec | undefined)
        return void response.json(fake.faults.list())
      }
      const { times, ...rest } = body
      if (typeof times === 'string' && times !== 'always')
        return refuse(response, 'times must be a whole number from 1, or "always"')
      const fault = fake.faults.add({
        ...(rest as FaultSpec),
        ...(times === undefined ? {} : { times: times === 'always' ? Number.POSITIVE_INFINITY : (times as number) }),
      })
      response.status(201).json(asJson(fault))
    } catch (error) {
      if (error instanceof ControlError) return refuse(response, error.reason)
      throw error
    }
  })
  return router
}

/** A fault as JSON says it: `times` is "always" where the fake holds Infinity (which JSON writes as null). */
function asJson(fault: ScriptedFault) {
  return { ...fault, times: fault.times === Number.POSITIVE_INFINITY ? 'always' : (fault.times ?? 1) }
}
