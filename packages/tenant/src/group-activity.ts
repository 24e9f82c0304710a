import type { Day } from './day'
import { engageLastActivity, isEngageActiveOn } from './group-engage'
import { groupEmailsReceived, groupMailLastActivity } from './group-mailbox'
import { groupSiteActiveFileCount, groupSiteLastActivity } from './group-site'
import type { TenantGroup } from './groups'

/**
 * Whether the group did anything on `day`: received mail, had a file active on its site, or
 * (an Engage community) a message posted, read or liked. The Groups report's Last Activity Date
 * is the last such day [I], as a user's is the last day of any service.
 */
export function isGroupActiveOn(group: TenantGroup, day: Day, scratch: Int32Array | number[] = [0, 0, 0]): boolean {
  return (
    groupEmailsReceived(group, day) > 0 ||
    groupSiteActiveFileCount(group, day) > 0 ||
    isEngageActiveOn(group, day, scratch)
  )
}

/**
 * The group's last active day on or before `asOf`, or null if it never was: the latest of its last
 * mail, last active file and last Engage message, each a bisection of a running total, so a group
 * idle for years costs what a busy one does.
 */
export function groupLastActivity(group: TenantGroup, asOf: Day): Day | null {
  let last: Day | null = null
  for (const day of [
    groupMailLastActivity(group, asOf),
    groupSiteLastActivity(group, asOf),
    engageLastActivity(group, asOf),
  ])
    if (day !== null && (last === null || day > last)) last = day
  return last
}
