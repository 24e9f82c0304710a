import { type Day, drain, SERVICES } from '@fake-graph/tenant'
import { detailRows } from './detail-rows'
import { IDLE, type Idle, USERS_PER_IDLE } from './idle'
import { type Period, periodStart, type ReportRequest } from './report-request'

export interface ServiceTotals {
  readonly refreshDate: Day
  readonly period: Period
  readonly active: readonly number[]
  readonly inactive: readonly number[]
  readonly office365Active: number
  readonly office365Inactive: number
}

/**
 * Active and inactive users per service over a period, counted over exactly the rows of the
 * Detail report for that period, so the two reports agree by construction: a licensed user is
 * active when their last activity falls in the period, inactive otherwise.
 */
export function serviceTotals(request: ReportRequest, period: Period): ServiceTotals {
  return drain(tallyServiceTotals(request, period))
}

/** `serviceTotals` as work that yields IDLE every few hundred users, for a stream that hands the loop back. */
export function* tallyServiceTotals(request: ReportRequest, period: Period): Generator<Idle, ServiceTotals> {
  const from = periodStart(request.tenant, period)
  const active = SERVICES.map(() => 0)
  const inactive = SERVICES.map(() => 0)
  let office365Active = 0
  let office365Inactive = 0
  let passed = 0
  for (const row of detailRows({ tenant: request.tenant, selection: { period } })) {
    if (row === IDLE) {
      yield IDLE
      continue
    }
    if (++passed % USERS_PER_IDLE === 0) yield IDLE
    let licensed = false
    let used = false
    SERVICES.forEach((_, bit) => {
      if (row.licenseAssignDates[bit] === null) return
      licensed = true
      const last = row.lastActivityDates[bit]
      if (last != null && last >= from) {
        used = true
        active[bit] = (active[bit] as number) + 1
      } else {
        inactive[bit] = (inactive[bit] as number) + 1
      }
    })
    if (used) office365Active++
    else if (licensed) office365Inactive++
  }
  return { refreshDate: request.tenant.refreshDate, period, active, inactive, office365Active, office365Inactive }
}
