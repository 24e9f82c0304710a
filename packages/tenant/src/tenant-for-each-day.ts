import { type Day, dayOf } from './day'
import { DEFAULT_LAG_DAYS } from './generate-tenant'
import { withProfileSlot } from './group-days'
import { mappedLazily } from './held-list'
import { heldTenant } from './held-tenant'
import { type LoadTenantOptions, loadTenant } from './load-tenant'
import type { Tenant, TenantUser } from './tenant'

/**
 * A scenario file as the tenant of any instant: loaded and checked once (a `TenantError` at once
 * for a bad file), then, for another day, shifted rather than parsed again. Rebasing moves every
 * date of a scenario by the same number of days, so the activity, held relative to the window's
 * first day, stays as it is, and a large file costs its load once, not at every midnight.
 */
export function tenantForEachDay(source: string | unknown, options: LoadTenantOptions): (now: Date) => Tenant {
  return eachDayOf(loadTenant(source, options), options)
}

/** A tenant already loaded with `options` (by `loadingTenant`, say), as the tenant of any instant. */
export function eachDayOf(loaded: Tenant, options: LoadTenantOptions): (now: Date) => Tenant {
  if (options.rebase === false) return () => loaded
  const lagDays = options.lagDays ?? DEFAULT_LAG_DAYS
  return (now) => shiftTenant(loaded, dayOf(now) - lagDays - loaded.refreshDate)
}

/** The same tenant with every date `days` later, each user, group and site moved as it is first read. */
export function shiftTenant(tenant: Tenant, days: number): Tenant {
  if (days === 0) return tenant
  const all = tenant.users()
  const users = mappedLazily(Array.isArray(all) ? (all as readonly TenantUser[]) : Array.from(all), (user) =>
    shiftUser(user, days),
  )
  const groups =
    tenant.groups &&
    mappedLazily(tenant.groups, (group) => withProfileSlot({ ...group, ...lifespanLater(group, days) }))
  const sites = tenant.sites && mappedLazily(tenant.sites, (site) => ({ ...site, ...lifespanLater(site, days) }))
  return heldTenant(tenant.organization, tenant.refreshDate + days, users, { groups, sites })
}

const later = (days: number) => (day: Day | null) => (day === null ? null : day + days)

function shiftUser(user: TenantUser, days: number): TenantUser {
  const shift = later(days)
  return {
    ...user,
    deletedDate: shift(user.deletedDate),
    licenseAssignDates: user.licenseAssignDates.map(shift),
    lastActivityBeforeWindow: user.lastActivityBeforeWindow.map(shift),
    lastActivityDates: user.lastActivityDates.map(shift),
    ...(user.copilot?.since === undefined ? {} : { copilot: { ...user.copilot, since: user.copilot.since + days } }),
  }
}

/** A group's or a site's creation and deletion, `days` later. */
function lifespanLater(held: { createdDate: Day; deletedDate: Day | null }, days: number) {
  return { createdDate: held.createdDate + days, deletedDate: later(days)(held.deletedDate) }
}
