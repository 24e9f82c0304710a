import { type Day, drain, SERVICES, type Tenant } from '@fake-graph/tenant'
import { newestFirst, tallyDays } from './day-tally'
import type { Idle } from './idle'

export interface DailyCount {
  readonly refreshDate: Day
  readonly reportDate: Day
  /** Users active on any of the six services that day. */
  readonly office365: number
  /** Per service, users active that day. */
  readonly services: readonly number[]
}

/**
 * Daily active users per service over [from, to], newest day first. One pass over the users
 * whatever the period, so a 180-day report costs the same as a 7-day one.
 */
export function dailyCounts(tenant: Tenant, from: Day, to: Day): DailyCount[] {
  return drain(tallyDailyCounts(tenant, from, to))
}

/** `dailyCounts` as work that yields IDLE every few hundred users, for a stream that hands the loop back. */
export function* tallyDailyCounts(tenant: Tenant, from: Day, to: Day): Generator<Idle, DailyCount[]> {
  const days = to - from + 1
  const lanes = SERVICES.length + 1
  const start = from - tenant.firstDay
  const tally = yield* tallyDays(tenant, days, lanes, (user, tally) => {
    const activity = user.activity
    for (let day = 0; day < days; day++) {
      const mask = activity[start + day] as number
      if (!mask) continue
      const base = day * lanes
      tally[base] = (tally[base] as number) + 1
      for (let bit = 0; bit < SERVICES.length; bit++) {
        if (mask & (1 << bit)) tally[base + 1 + bit] = (tally[base + 1 + bit] as number) + 1
      }
    }
  })
  return newestFirst(tally, from, lanes, (reportDate, [office365 = 0, ...services]) => ({
    refreshDate: tenant.refreshDate,
    reportDate,
    office365,
    services,
  }))
}
