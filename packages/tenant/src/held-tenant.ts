import type { Day } from './day'
import type { TenantGroup } from './groups'
import { type HeldList, heldFrom } from './held-list'
import type { ListedSite } from './listed-sites'
import { ACTIVITY_WINDOW_DAYS, type Organization, type Tenant, type TenantUser } from './tenant'

/** What a scenario may list beside its users, each absent where the tenant derives its own. */
export interface Listed {
  readonly groups?: HeldList<TenantGroup> | undefined
  readonly sites?: HeldList<ListedSite> | undefined
}

/** A tenant whose users (and, when it lists them, groups and sites) are held: a scenario's, loaded or shifted. */
export function heldTenant(
  organization: Organization,
  refreshDate: Day,
  users: HeldList<TenantUser>,
  { groups, sites }: Listed,
): Tenant {
  return {
    organization,
    refreshDate,
    firstDay: refreshDate - ACTIVITY_WINDOW_DAYS + 1,
    userCount: users.length,
    users: (from) => heldFrom(users, from),
    user: (index) => users.at(index),
    ...(groups ? { groups } : {}),
    ...(sites ? { sites } : {}),
  }
}
