import { type Day, groupExistsOn, type Tenant, type TenantGroup, tenantGroups } from '@fake-graph/tenant'
import { tallyEach } from './day-tally'
import type { Idle } from './idle'

/** Adds what one group counts on `day` to `lanes`, one per column. */
export type GroupDay = (group: TenantGroup, day: Day, lanes: Float64Array) => void

/**
 * Per day of the span and lane, the sum over the groups `include` keeps of what `add` counts on
 * the days each existed: one pass over the groups. Float64, as storage sums pass 2³¹ bytes.
 */
export function tallyGroupDays(
  tenant: Tenant,
  from: Day,
  days: number,
  lanes: number,
  add: GroupDay,
  include: (group: TenantGroup) => boolean = () => true,
): Generator<Idle, Float64Array> {
  return tallyEach(tenantGroups(tenant).groups(), days, lanes, (group, tally) => {
    if (!include(group)) return
    for (let day = 0; day < days; day++) {
      if (groupExistsOn(group, from + day)) add(group, from + day, tally.subarray(day * lanes, (day + 1) * lanes))
    }
  })
}
