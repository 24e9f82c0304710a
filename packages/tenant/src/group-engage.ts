import type { Day } from './day'
import { dayOfWorkday, lastRiseOf, profileOf, runningTotal, workdaysLived } from './group-days'
import type { TenantGroup } from './groups'

/** The Viva Engage actions a group's columns count, in the Engage groups Detail's order. */
export const GROUP_ENGAGE_ACTIONS = ['posted', 'read', 'liked'] as const

const LANE_ENGAGE = 40

/**
 * An Engage community's messages over [from, to], posted, read and liked, added on working days
 * [I]: the community's own draw, not a sum over its members' Engage activity (that would derive
 * every member for every group), with reads about a tenth of the members a post and likes fewer.
 * Zero for a group that is not an Engage community. Two hashes a lane, whatever the span.
 */
export function groupEngageBetween(group: TenantGroup, from: Day, to: Day, out: Int32Array | number[]): void {
  const rates = profileOf(group).engageRates
  const before = workdaysLived(group, from - 1)
  const through = workdaysLived(group, to)
  for (let lane = 0; lane < 3; lane++) {
    const rate = rates[lane] as number
    out[lane] =
      through === before
        ? 0
        : runningTotal(group.seed, LANE_ENGAGE + lane, rate, through) -
          runningTotal(group.seed, LANE_ENGAGE + lane, rate, before)
  }
}

/** The community's messages on `day`, posted, read and liked. */
export function groupEngageCounts(group: TenantGroup, day: Day, out: Int32Array | number[]): void {
  groupEngageBetween(group, day, day, out)
}

/** Whether the Engage community had a message posted, read or liked on `day`. */
export function isEngageActiveOn(group: TenantGroup, day: Day, scratch: Int32Array | number[] = [0, 0, 0]): boolean {
  if (!group.isEngage) return false
  groupEngageCounts(group, day, scratch)
  return (scratch[0] as number) + (scratch[1] as number) + (scratch[2] as number) > 0
}

/** The community's last Engage activity on or before `asOf`, or null. */
export function engageLastActivity(group: TenantGroup, asOf: Day): Day | null {
  if (!group.isEngage) return null
  const k = workdaysLived(group, asOf)
  const rates = profileOf(group).engageRates
  let step = 0
  for (let lane = 0; lane < 3; lane++)
    step = Math.max(step, lastRiseOf(group.seed, LANE_ENGAGE + lane, rates[lane] as number, k))
  return step === 0 ? null : dayOfWorkday(group, step)
}
