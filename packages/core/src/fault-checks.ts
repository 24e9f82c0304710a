import type { ChaosSpec, FaultSpec } from './faults'
import { isWhole } from './is-whole'

type Problem = string | undefined

const FAULT_KEYS = ['status', 'retryAfter', 'drop', 'latencyMs', 'times', 'match']

/**
 * What is wrong with a scripted fault, if anything: checked where faults are kept, so that the
 * in-process API and `/_admin/faults` refuse alike. A status is 200 to 599: a 1xx is no answer
 * (the client waits for the real one, and a pipelined request reads the next as it).
 */
export function faultProblem(spec: FaultSpec): Problem {
  const unknown = Object.keys(spec).filter((key) => !FAULT_KEYS.includes(key))
  if (unknown.length > 0)
    return `unknown field ${unknown.join(', ')}: a fault has ${FAULT_KEYS.join(', ')}, or send { "chaos": … }`
  const { status, retryAfter, drop, latencyMs, times, match } = spec
  if (status === undefined && drop === undefined && latencyMs === undefined)
    return 'a fault needs status, drop or latencyMs'
  if (status !== undefined && !isWhole(status, 200, 599)) return 'status must be an HTTP status from 200 to 599'
  if (retryAfter !== undefined && !isWhole(retryAfter, 0, 86_400)) return 'retryAfter must be whole seconds'
  if (drop !== undefined && drop !== true) return 'drop must be true'
  if (latencyMs !== undefined && !isLatency(latencyMs))
    return 'latencyMs must be milliseconds up to 60000, or [min, max]'
  if (times !== undefined && times !== Number.POSITIVE_INFINITY && !isWhole(times, 1, 1_000_000))
    return 'times must be a whole number from 1, or "always"'
  return matchProblem(match)
}

/** What is wrong with a chaos spec, if anything. */
export function chaosProblem(spec: ChaosSpec): Problem {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec))
    return 'chaos must be an object, or null to stop it'
  const { rate, statuses, seed, match, ...rest } = spec
  if (Object.keys(rest).length > 0) return `unknown field chaos.${Object.keys(rest).join(', chaos.')}`
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) return 'chaos.rate must be a number from 0 to 1'
  if (
    statuses !== undefined &&
    !(Array.isArray(statuses) && statuses.length > 0 && statuses.every((status) => isWhole(status, 200, 599)))
  ) {
    return 'chaos.statuses must be a list of HTTP statuses from 200 to 599'
  }
  if (seed !== undefined && !isWhole(seed, 0, 2 ** 32 - 1)) return 'chaos.seed must be a whole number'
  return matchProblem(match)
}

function matchProblem(match: unknown): Problem {
  if (match === undefined) return undefined
  if (typeof match !== 'object' || match === null || Array.isArray(match)) return 'match must be an object'
  const { function: name, version, origin, ...rest } = match as Record<string, unknown>
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
