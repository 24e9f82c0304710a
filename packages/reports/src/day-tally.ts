import type { Day, Tenant, TenantUser } from '@fake-graph/tenant'
import { IDLE, type Idle, USERS_PER_IDLE } from './idle'

/**
 * Adds one user's numbers to a tally of `lanes` numbers per day, the period's first day first:
 * day `d` (0-based) of lane `l` is at `d * lanes + l`.
 */
export type AddUser = (user: TenantUser, tally: Float64Array) => void

/**
 * Per day and lane, the sum over all users of what `add` counts: one pass over the users
 * whatever the period, so a 180-day report costs about what a 7-day one does. In doubles, exact
 * up to 2^53: a tenant's day can pass 2^32 (a million users' Teams seconds, its mailbox bytes).
 */
export function tallyDays(tenant: Tenant, days: number, lanes: number, add: AddUser): Generator<Idle, Float64Array> {
  return tallyEach(tenant.users(), days, lanes, add)
}

/**
 * Per day and lane, the sum over `items` (users, groups, sites) of what `add` counts into a tally
 * of `lanes` numbers a day, in one pass. Yields IDLE every few hundred items, for a stream that
 * hands the loop back.
 */
export function* tallyEach<Item>(
  items: Iterable<Item>,
  days: number,
  lanes: number,
  add: (item: Item, tally: Float64Array) => void,
): Generator<Idle, Float64Array> {
  const tally = new Float64Array(days * lanes)
  let passed = 0
  for (const item of items) {
    if (++passed % USERS_PER_IDLE === 0) yield IDLE
    add(item, tally)
  }
  return tally
}

/** One row per day of a tally, newest first, as the counts reports list them. */
export function newestFirst<Row>(
  tally: Float64Array,
  from: Day,
  lanes: number,
  row: (reportDate: Day, numbers: number[]) => Row,
): Row[] {
  const rows: Row[] = []
  for (let day = tally.length / lanes - 1; day >= 0; day--) {
    rows.push(row(from + day, Array.from(tally.subarray(day * lanes, (day + 1) * lanes))))
  }
  return rows
}
