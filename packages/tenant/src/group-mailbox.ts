import type { Day } from './day'
import { daysLived, lastRiseOf, profileOf, runningTotal } from './group-days'
import type { TenantGroup } from './groups'

/**
 * The group mailbox, day by day. Mail comes every calendar day (notifications and newsletters do
 * not keep office hours) and stays [I]: the items are what arrived since the group was created,
 * over the two welcome messages a new group gets.
 */
const LANE_MAIL = 2

/** Emails the group received on `day`. */
export function groupEmailsReceived(group: TenantGroup, day: Day): number {
  return groupEmailsReceivedBetween(group, day, day)
}

/** Emails the group received over [from, to]: two hashes, whatever the span. */
export function groupEmailsReceivedBetween(group: TenantGroup, from: Day, to: Day): number {
  const { mailRate } = profileOf(group)
  return (
    runningTotal(group.seed, LANE_MAIL, mailRate, daysLived(group, to)) -
    runningTotal(group.seed, LANE_MAIL, mailRate, daysLived(group, from - 1))
  )
}

/** The last day on or before `asOf` the group received mail, or null. */
export function groupMailLastActivity(group: TenantGroup, asOf: Day): Day | null {
  const step = lastRiseOf(group.seed, LANE_MAIL, profileOf(group).mailRate, daysLived(group, asOf))
  return step === 0 ? null : group.createdDate + step - 1
}

/** Items in the group mailbox at the end of `day`; 0 before the group was created. */
export function groupMailboxItemCount(group: TenantGroup, day: Day): number {
  const k = daysLived(group, day)
  if (k === 0) return 0
  return 2 + runningTotal(group.seed, LANE_MAIL, profileOf(group).mailRate, k)
}

/** Bytes the group mailbox uses at the end of `day`: its folders, then its items. */
export function groupMailboxStorageUsed(group: TenantGroup, day: Day): number {
  const items = groupMailboxItemCount(group, day)
  if (items === 0) return 0
  return 150_000 + items * profileOf(group).meanItemBytes
}
