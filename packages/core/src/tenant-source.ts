import { type Day, dayOf, generateTenant, type Tenant } from '@fake-graph/tenant'

export type TenantFactory = (now: Date) => Tenant

/**
 * The tenant as of an instant. A generated tenant follows the clock: its refresh date moves on
 * at midnight UTC, so it is rebuilt per day (the last two days are kept, so a link issued just
 * before midnight still downloads what it promised).
 */
export function tenantSource(factory: TenantFactory): (now: Date) => Tenant {
  const byDay = new Map<Day, Tenant>()
  return (now) => {
    const day = dayOf(now)
    let tenant = byDay.get(day)
    if (!tenant) {
      tenant = factory(now)
      byDay.set(day, tenant)
      for (const old of byDay.keys()) if (old < day - 1) byDay.delete(old)
    }
    return tenant
  }
}

export function generatedTenants(options: { seed: number; users: number; lagDays: number }): TenantFactory {
  return (now) => generateTenant({ ...options, now })
}
