import type { Day } from './day'
import { isLivedWorkday, liveliness, runningTotal, workdaysLived } from './group-days'
import type { TenantGroup } from './groups'
import { unit } from './workload-activity'

/** The Viva Engage actions a group's columns count, in the Engage groups Detail's order. */
export const GROUP_ENGAGE_ACTIONS = ['posted', 'read', 'liked'] as const

/**
 * An Engage community's messages on `day`, posted, read and liked, on working days [I]: the
 * community's own draw, not a sum over its members' Engage activity (that would derive every
 * member for every group), with reads about a tenth of the members a post and likes fewer.
 * Zero for a group that is not an Engage community.
 */
export function groupEngageCounts(group: TenantGroup, day: Day, out: Int32Array | number[]): void {
  out[0] = 0
  out[1] = 0
  out[2] = 0
  if (!group.isEngage || !isLivedWorkday(group, day)) return
  const k = workdaysLived(group, day)
  const posted = liveliness(group) * (0.05 + 1.5 * unit(group.seed, 30) ** 2)
  const readers = Math.max(1, Math.min(40, group.memberCount * (0.05 + 0.15 * unit(group.seed, 31))))
  const rates = [posted, posted * readers + 0.2, posted * (0.2 + 0.8 * unit(group.seed, 32))]
  for (let lane = 0; lane < 3; lane++) {
    const rate = rates[lane] as number
    out[lane] = runningTotal(group.seed, 40 + lane, rate, k) - runningTotal(group.seed, 40 + lane, rate, k - 1)
  }
}
