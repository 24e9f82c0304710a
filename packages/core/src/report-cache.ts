import type { Tenant } from '@fake-graph/tenant'

/** Reports of tenants up to this size are kept once rendered; larger ones always stream. */
const MAX_USERS = 5_000
const MAX_ENTRIES = 64

/**
 * The rendered bytes of small reports. A report is a pure function of the tenant (and its
 * revision) and the request, and test suites ask for the same few again and again; rendering
 * the default tenant's Detail CSV on every call made an MSW round trip 1.7× a bare handler's.
 * Bounded: at most 64 reports of at most 5,000 users each, dropped with their tenant.
 */
export function createReportCache() {
  const byTenant = new WeakMap<Tenant, Map<string, Uint8Array<ArrayBuffer>>>()

  return async function cached(
    tenant: Tenant,
    key: string,
    render: () => ReadableStream<Uint8Array>,
  ): Promise<ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>> {
    if (tenant.userCount > MAX_USERS) return render()
    let reports = byTenant.get(tenant)
    if (!reports) {
      reports = new Map()
      byTenant.set(tenant, reports)
    }
    const fullKey = `${tenant.revision ?? 0}|${key}`
    let bytes = reports.get(fullKey)
    if (!bytes) {
      bytes = new Uint8Array(await new Response(render()).arrayBuffer())
      if (reports.size >= MAX_ENTRIES) reports.clear()
      reports.set(fullKey, bytes)
    }
    return bytes
  }
}

export type ReportCache = ReturnType<typeof createReportCache>
