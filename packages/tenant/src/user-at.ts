import type { Tenant, TenantUser } from './tenant'

/** The user at `index` of the tenant's order, without a pass over those before it. */
export function userAt(tenant: Tenant, index: number): TenantUser | undefined {
  for (const user of tenant.users(index)) return user
  return undefined
}
