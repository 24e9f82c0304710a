import type { ChaosSpec, FakeGraph, FaultMatch, FaultSpec } from '@fake-graph/core'
import { type Request, type Response, Router } from 'express'

type Problem = string | undefined

/**
 * `/_admin/faults`: the fake's scripted faults and chaos over HTTP.
 * POST `{ "status": 503, "times": 2, "retryAfter": 5, "match": { "function": "…" } }`, or
 * `{ "drop": true }`, `{ "latencyMs": [100, 300], "times": "always" }`, or
 * `{ "chaos": { "rate": 0.2, "statuses": [429, 503], "seed": 7 } }` (`{ "chaos": null }` stops it).
 */
export function adminFaults(fake: FakeGraph, refuse: (response: Response, message: string) => void): Router {
  const router = Router()
  router.get('/', (_request, response) => {
    response.json(fake.faults.list())
  })
  router.delete('/', (_request, response) => {
    fake.faults.clear()
    response.status(204).end()
  })
  router.post('/', (request: Request, response) => {
    const body = (request.body ?? {}) as Record<string, unknown>
    if ('chaos' in body) {
      const problem = chaosProblem(body.chaos)
      if (problem) return refuse(response, problem)
      fake.faults.chaos((body.chaos ?? undefined) as ChaosSpec | undefined)
      return void response.json(fake.faults.list())
    }
    const problem = faultProblem(body)
    if (problem) return refuse(response, problem)
    const { times, ...rest } = body
    const fault = fake.faults.add({
      ...(rest as FaultSpec),
      times: times === 'always' ? Number.POSITIVE_INFINITY : (times as number | undefined),
    })
    response.status(201).json({ ...fault, times: times ?? 1 })
  })
  return router
}

const FAULT_KEYS = ['status', 'retryAfter', 'drop', 'latencyMs', 'times', 'match']

function faultProblem(body: Record<string, unknown>): Problem {
  const unknown = Object.keys(body).filter((key) => !FAULT_KEYS.includes(key))
  if (unknown.length > 0)
    return `unknown field ${unknown.join(', ')}: a fault has ${FAULT_KEYS.join(', ')}, or send { "chaos": … }`
  const { status, retryAfter, drop, latencyMs, times, match } = body
  if (status === undefined && drop === undefined && latencyMs === undefined)
    return 'a fault needs status, drop or latencyMs'
  if (status !== undefined && !isWhole(status, 100, 599)) return 'status must be an HTTP status from 100 to 599'
  if (retryAfter !== undefined && !isWhole(retryAfter, 0, 86_400)) return 'retryAfter must be whole seconds'
  if (drop !== undefined && drop !== true) return 'drop must be true'
  if (latencyMs !== undefined && !isLatency(latencyMs))
    return 'latencyMs must be milliseconds up to 60000, or [min, max]'
  if (times !== undefined && times !== 'always' && !isWhole(times, 1, 1_000_000))
    return 'times must be a whole number from 1, or "always"'
  return matchProblem(match)
}

function chaosProblem(chaos: unknown): Problem {
  if (chaos === null) return undefined
  if (typeof chaos !== 'object' || chaos === undefined) return 'chaos must be an object, or null to stop it'
  const { rate, statuses, seed, match, ...rest } = chaos as Record<string, unknown>
  if (Object.keys(rest).length > 0) return `unknown field chaos.${Object.keys(rest).join(', chaos.')}`
  if (typeof rate !== 'number' || rate < 0 || rate > 1) return 'chaos.rate must be a number from 0 to 1'
  if (
    statuses !== undefined &&
    !(Array.isArray(statuses) && statuses.length > 0 && statuses.every((status) => isWhole(status, 100, 599)))
  ) {
    return 'chaos.statuses must be a list of HTTP statuses'
  }
  if (seed !== undefined && !isWhole(seed, 0, 2 ** 32 - 1)) return 'chaos.seed must be a whole number'
  return matchProblem(match)
}

function matchProblem(match: unknown): Problem {
  if (match === undefined) return undefined
  if (typeof match !== 'object' || match === null) return 'match must be an object'
  const { function: name, version, origin, ...rest } = match as FaultMatch & Record<string, unknown>
  if (Object.keys(rest).length > 0) return `unknown field match.${Object.keys(rest).join(', match.')}`
  if (name !== undefined && typeof name !== 'string') return 'match.function must be a report name'
  if (version !== undefined && version !== 'v1.0' && version !== 'beta') return 'match.version must be v1.0 or beta'
  if (origin !== undefined && origin !== 'graph' && origin !== 'download')
    return 'match.origin must be graph or download'
  return undefined
}

function isLatency(value: unknown): boolean {
  if (isWhole(value, 0, 60_000)) return true
  if (!Array.isArray(value) || value.length !== 2) return false
  const [min, max] = value as unknown[]
  return isWhole(min, 0, 60_000) && isWhole(max, 0, 60_000) && min <= max
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}
