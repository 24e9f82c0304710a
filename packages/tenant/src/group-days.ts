import type { Day } from './day'
import type { TenantGroup } from './groups'
import { mix, unit } from './workload-activity'

/**
 * The clocks of a group's daily facts, and the running totals drawn on them. A total after k
 * steps is G(k) = ⌊rate × (k + ψ(k))⌋, ψ a hash in [0, 1) and ψ(0) = 0, as a user's workload
 * counts are: it never falls, rises by rate × (1 + ψ(k) − ψ(k−1)) a step, and any day's total
 * costs one hash rather than a walk from the group's creation.
 */
export function runningTotal(seed: number, lane: number, rate: number, k: number): number {
  if (k <= 0 || rate <= 0) return 0
  return Math.floor(rate * (k + (mix(seed, lane, k) & 0xff) / 256))
}

/** The last day of the group's life up to `day`: the day itself, or the eve of its deletion. */
export function lastLivedDay(group: TenantGroup, day: Day): Day {
  return group.deletedDate === null ? day : Math.min(day, group.deletedDate - 1)
}

/** Calendar days the group lived through `day`, its creation day counted. */
export function daysLived(group: TenantGroup, day: Day): number {
  return Math.max(0, lastLivedDay(group, day) - group.createdDate + 1)
}

/** Working days (Monday to Friday) the group lived through `day`: files and posts move on them. */
export function workdaysLived(group: TenantGroup, day: Day): number {
  const last = lastLivedDay(group, day)
  return last < group.createdDate ? 0 : workdaysBefore(last + 1) - workdaysBefore(group.createdDate)
}

/** Whether `day` is a working day the group was alive on. */
export function isLivedWorkday(group: TenantGroup, day: Day): boolean {
  return day >= group.createdDate && lastLivedDay(group, day) === day && WORKDAY[(day + 4) % 7] === 1
}

// Day 0 (1970-01-01) was a Thursday; 0 is Sunday here, as in Date#getUTCDay.
const WORKDAY = [0, 1, 1, 1, 1, 1, 0] as const
const WORKDAYS_BEFORE_OFFSET = [0, 0, 0, 0, 0, 0, 0, 0].map((_, n) => {
  let count = 0
  for (let r = 0; r < n; r++) count += WORKDAY[(r + 4) % 7] as number
  return count
})

/** Working days among days 0 … n − 1. */
function workdaysBefore(n: Day): number {
  return Math.floor(n / 7) * 5 + (WORKDAYS_BEFORE_OFFSET[n % 7] as number)
}

/**
 * How lively the group is, in (0, 3]: a quarter of groups are all but dormant (a project that
 * ended, a team nobody uses), the rest log-normal about 1.
 */
export function liveliness(group: TenantGroup): number {
  if (group.index === 0) return 1.5
  if (unit(group.seed, 90) < 0.25) return 0.002 + 0.02 * unit(group.seed, 91)
  return Math.min(3, Math.exp(0.8 * (unit(group.seed, 92) + unit(group.seed, 93) + unit(group.seed, 94) - 1.5)))
}

/** A uniform draw in [0, 1) of the group's `stream` on `day`. */
export function dayUnit(group: TenantGroup, stream: number, day: Day): number {
  return mix(group.seed, stream, day) / 0x1_0000_0000
}
