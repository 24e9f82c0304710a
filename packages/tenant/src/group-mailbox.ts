import type { Day } from './day'
import { daysLived, liveliness, runningTotal } from './group-days'
import type { TenantGroup } from './groups'
import { unit } from './workload-activity'

/**
 * The group mailbox, day by day. Mail comes every calendar day (notifications and newsletters do
 * not keep office hours) and stays [I]: the items are what arrived since the group was created,
 * over the welcome messages a new group gets.
 */
const LANE_MAIL = 2

function mailRate(group: TenantGroup): number {
  return liveliness(group) * (0.05 + 3 * unit(group.seed, 20) ** 3)
}

/** Emails the group received on `day`. */
export function groupEmailsReceived(group: TenantGroup, day: Day): number {
  const k = daysLived(group, day)
  if (k === 0 || daysLived(group, day - 1) === k) return 0
  const rate = mailRate(group)
  return runningTotal(group.seed, LANE_MAIL, rate, k) - runningTotal(group.seed, LANE_MAIL, rate, k - 1)
}

/** Items in the group mailbox at the end of `day`; 0 before the group was created. */
export function groupMailboxItemCount(group: TenantGroup, day: Day): number {
  const k = daysLived(group, day)
  if (k === 0) return 0
  return 2 + runningTotal(group.seed, LANE_MAIL, mailRate(group), k)
}

/** Bytes the group mailbox uses at the end of `day`: its folders, then its items. */
export function groupMailboxStorageUsed(group: TenantGroup, day: Day): number {
  const items = groupMailboxItemCount(group, day)
  if (items === 0) return 0
  const meanBytes = 30_000 + Math.floor(120_000 * unit(group.seed, 21))
  return 180_000 + items * meanBytes
}
