import type { Day } from './day'
import type { TenantGroup } from './groups'
import { ACTIVITY_WINDOW_DAYS, type Organization, type Tenant, type TenantUser } from './tenant'
import { usersFrom } from './users-from'

/** A tenant whose users (and, when it lists them, groups) are held: a scenario's, loaded or shifted. */
export function heldTenant(
  organization: Organization,
  refreshDate: Day,
  users: readonly TenantUser[],
  groups: readonly TenantGroup[] | undefined,
): Tenant {
  return {
    organization,
    refreshDate,
    firstDay: refreshDate - ACTIVITY_WINDOW_DAYS + 1,
    userCount: users.length,
    users: (from) => usersFrom(users, from),
    ...(groups ? { groups } : {}),
  }
}
