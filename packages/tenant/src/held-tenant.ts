import type { Day } from './day'
import type { TenantGroup } from './groups'
import type { ListedSite } from './listed-sites'
import { ACTIVITY_WINDOW_DAYS, type Organization, type Tenant } from './tenant'
import { type HeldUsers, usersFrom } from './users-from'

/** What a scenario may list beside its users, each absent where the tenant derives its own. */
export interface Listed {
  readonly groups?: readonly TenantGroup[] | undefined
  readonly sites?: readonly ListedSite[] | undefined
}

/** A tenant whose users (and, when it lists them, groups and sites) are held: a scenario's, loaded or shifted. */
export function heldTenant(
  organization: Organization,
  refreshDate: Day,
  users: HeldUsers,
  { groups, sites }: Listed,
): Tenant {
  return {
    organization,
    refreshDate,
    firstDay: refreshDate - ACTIVITY_WINDOW_DAYS + 1,
    userCount: users.length,
    users: (from) => usersFrom(users, from),
    ...(groups ? { groups } : {}),
    ...(sites ? { sites } : {}),
  }
}
