import { type Day, DEFAULT_SEED, dayOf, generateTenant, type Tenant } from '@fake-graph/tenant'

export type TenantFactory = (now: Date) => Tenant

/** Where the fake's tenant comes from: a seed and size, a tenant, or a factory of one. */
export interface TenantChoice {
  seed?: number
  users?: number
  tenant?: Tenant | TenantFactory
}

/** The factory for a choice: the given tenant, or one generated from the seed (default 42, 250 users). */
export function tenantFactory(choice: TenantChoice, lagDays: number): TenantFactory {
  const given = choice.tenant
  if (typeof given === 'function') return given
  if (given) return () => given
  const options = { seed: choice.seed ?? DEFAULT_SEED, users: choice.users ?? 250, lagDays }
  return (now) => generateTenant({ ...options, now })
}

/**
 * The tenant as of an instant. A generated tenant follows the clock: its refresh date moves on
 * at midnight UTC, so it is rebuilt per day (the last two days are kept, so a link issued just
 * before midnight still downloads what it promised). `replace` swaps the tenant at run time.
 */
export function tenantSource(initial: TenantFactory) {
  let factory = initial
  const byDay = new Map<Day, Tenant>()
  return {
    at(now: Date): Tenant {
      const day = dayOf(now)
      let tenant = byDay.get(day)
      if (!tenant) {
        tenant = factory(now)
        byDay.set(day, tenant)
        for (const old of byDay.keys()) if (old < day - 1) byDay.delete(old)
      }
      return tenant
    },
    replace(next: TenantFactory): void {
      factory = next
      byDay.clear()
    },
  }
}
