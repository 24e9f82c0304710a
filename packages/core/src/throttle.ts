import { ControlError } from './control-error'
import { innerErrorDate } from './graph-headers'
import { isWhole } from './is-whole'
import type { ResponseContext } from './request-context'

/** Graph's documented reports limits (docs/graph-reports.md §4), per 10 minutes. */
export interface ThrottlingOptions {
  /** CSV requests per application, tenant and report (14). */
  csvPerApp?: number
  /** CSV requests per tenant and report, all applications together (40). */
  csvPerTenant?: number
  /** beta JSON requests per application, tenant and report (100). */
  jsonPerApp?: number
  windowSeconds?: number
}

const LIMITS: Record<keyof ThrottlingOptions, number> = {
  csvPerApp: 1_000_000,
  csvPerTenant: 1_000_000,
  jsonPerApp: 1_000_000,
  windowSeconds: 86_400,
}

/** What is wrong with throttling limits, if anything: each a whole number from 1, a window up to a day. */
export function throttlingProblem(options: ThrottlingOptions): string | undefined {
  for (const [key, value] of Object.entries(options)) {
    const max = Object.hasOwn(LIMITS, key) ? LIMITS[key as keyof ThrottlingOptions] : undefined
    if (max === undefined) return `unknown limit ${key}: the limits are ${Object.keys(LIMITS).join(', ')}`
    if (!isWhole(value, 1, max)) return `${key} must be a whole number from 1 to ${max}`
  }
  return undefined
}

export interface ThrottleKey {
  readonly tenantId: string
  readonly appId: string
  /** The report API: each has its own budget. */
  readonly report: string
  readonly format: 'csv' | 'json'
}

/**
 * Counts report requests in a sliding window on the fake's clock. Requests it refuses are not
 * counted, so a client that waits out Retry-After gets through.
 */
export function createThrottle(options: ThrottlingOptions) {
  const problem = throttlingProblem(options)
  if (problem) throw new ControlError('set throttling', problem)
  const windowMs = (options.windowSeconds ?? 600) * 1000
  const seen = new Map<string, number[]>()

  const recent = (key: string, now: number): number[] => {
    const times = (seen.get(key) ?? []).filter((time) => time > now - windowMs)
    if (times.length === 0) seen.delete(key)
    else seen.set(key, times)
    return times
  }

  let admitted = 0
  /** Seconds to wait, or undefined when the request may go ahead (and is then counted). */
  const admit = (key: ThrottleKey, now: Date): number | undefined => {
    const time = now.getTime()
    // Every thousand calls, forget every budget whose window has passed: callers that never
    // come back would otherwise stay in the map for good.
    if (++admitted % 1_000 === 0) {
      for (const [budget, times] of seen) if ((times.at(-1) as number) <= time - windowMs) seen.delete(budget)
    }
    const budgets: [string, number][] =
      key.format === 'json'
        ? [[`json|${key.tenantId}|${key.appId}|${key.report}`, options.jsonPerApp ?? 100]]
        : [
            [`csv|${key.tenantId}|${key.appId}|${key.report}`, options.csvPerApp ?? 14],
            [`csv|${key.tenantId}|*|${key.report}`, options.csvPerTenant ?? 40],
          ]
    let wait = 0
    for (const [budget, limit] of budgets) {
      const times = recent(budget, time)
      if (times.length >= limit) wait = Math.max(wait, (times[times.length - limit] as number) + windowMs - time)
    }
    if (wait > 0) return Math.ceil(wait / 1000)
    for (const [budget] of budgets) seen.set(budget, [...(seen.get(budget) ?? []), time])
    return undefined
  }
  /** How many budgets are held: for the memory test. */
  return Object.assign(admit, { budgets: () => seen.size })
}

export type Throttle = ReturnType<typeof createThrottle>
/** What an answer asks the throttle: how many seconds to wait, or undefined to go ahead. */
export type Admit = (key: ThrottleKey, now: Date) => number | undefined

/** The documented 429 (Graph's throttling sample), with Retry-After. */
export function throttledResponse(retryAfter: number, { ids, now, headers }: ResponseContext): Response {
  const body = {
    error: {
      code: 'TooManyRequests',
      innerError: {
        code: '429',
        date: innerErrorDate(now),
        message: 'Please retry after',
        'request-id': ids.requestId,
        status: '429',
      },
      message: 'Please retry again later.',
    },
  }
  return new Response(JSON.stringify(body), {
    status: 429,
    headers: { ...headers, 'Content-Type': 'application/json', 'Retry-After': String(retryAfter) },
  })
}
