import type { Day } from './day'
import { groupEngageCounts } from './group-engage'
import { groupEmailsReceived } from './group-mailbox'
import { groupSiteActiveFileCount } from './group-site'
import type { TenantGroup } from './groups'

/**
 * Whether the group did anything on `day`: received mail, had a file active on its site, or
 * (an Engage community) a message posted, read or liked. The Groups report's Last Activity Date
 * is the last such day [I], as a user's is the last day of any service.
 */
export function isGroupActiveOn(group: TenantGroup, day: Day, scratch: Int32Array | number[] = [0, 0, 0]): boolean {
  if (groupEmailsReceived(group, day) > 0 || groupSiteActiveFileCount(group, day) > 0) return true
  groupEngageCounts(group, day, scratch)
  return (scratch[0] as number) + (scratch[1] as number) + (scratch[2] as number) > 0
}

/** How far back the last activity is looked for: groups idle longer read as never active. */
export const GROUP_ACTIVITY_LOOKBACK_DAYS = 730

/** The group's last active day on or before `asOf`, or null. */
export function groupLastActivity(group: TenantGroup, asOf: Day): Day | null {
  const scratch = [0, 0, 0]
  const stop = Math.max(group.createdDate, asOf - GROUP_ACTIVITY_LOOKBACK_DAYS)
  for (let day = asOf; day >= stop; day--) if (isGroupActiveOn(group, day, scratch)) return day
  return null
}
