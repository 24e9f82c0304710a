import { office365ActiveUserCounts, office365ServicesUserCounts, renderJsonPage } from '@fake-graph/reports'
import type { Tenant } from '@fake-graph/tenant'

/** A report's items, as the beta JSON rendering writes them. */
type Items = Record<string, unknown>[]

export interface TenantActivity {
  /** `getOffice365ActiveUserCounts(period='D180')`: active users per service, one item per day. */
  readonly daily: Items
  /** `getOffice365ServicesUserCounts(period='D180')`: active and inactive users per service. */
  readonly services: Items
}

/** Rendered once per tenant and revision: a tenant of a million users takes seconds to tally. */
const rendered = new WeakMap<Tenant, { revision?: number; activity: Promise<TenantActivity> }>()

/**
 * The tenant's activity over the last 180 days, rendered by the two reports' own definitions
 * and JSON writer, so that the figures are the ones a client downloads for the same clock. The
 * writer's stream hands the event loop back as it goes, and the result is kept per tenant.
 */
export function tenantActivity(tenant: Tenant): Promise<TenantActivity> {
  const kept = rendered.get(tenant)
  if (kept && kept.revision === tenant.revision) return kept.activity
  const activity = Promise.all([
    items(office365ActiveUserCounts, tenant),
    items(office365ServicesUserCounts, tenant),
  ]).then(([daily, services]) => ({ daily, services }))
  // A failed render is not kept: the next page load tries again.
  activity.catch(() => rendered.delete(tenant))
  rendered.set(tenant, { revision: tenant.revision, activity })
  return activity
}

async function items(
  definition: typeof office365ActiveUserCounts | typeof office365ServicesUserCounts,
  tenant: Tenant,
) {
  const stream = renderJsonPage(
    definition,
    { tenant, selection: { period: 180 } },
    { top: 1_000, context: '', nextLink: () => '' },
  )
  const text = await new Response(stream).text()
  return (JSON.parse(text) as { value: Items }).value
}
