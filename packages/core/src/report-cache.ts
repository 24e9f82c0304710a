import type { Tenant } from '@fake-graph/tenant'
import { LRUCache } from 'lru-cache'

/**
 * Reports of tenants up to this size are kept once rendered; larger ones always stream. The size
 * counts the groups and sites a scenario lists beside its users: a file of one user and 450,000
 * groups had its 53 MB Groups Detail rendered into memory before the first byte was sent.
 */
const MAX_ENTITIES = 5_000

/** What the tenant's reports list rows of: its users, and the groups and sites a scenario lists. */
const entitiesOf = (tenant: Tenant): number =>
  tenant.userCount + (tenant.groups?.length ?? 0) + (tenant.sites?.length ?? 0)
/** Bytes of rendered reports kept, across every tenant: about 30 Detail reports of 5,000 users. */
const MAX_BYTES = 32 * 1024 * 1024

/**
 * The rendered bytes of small reports. A report is a pure function of the tenant (and its
 * revision) and the request, and test suites ask for the same few again and again; rendering
 * the default tenant's Detail CSV on every call made an MSW round trip 1.7× a bare handler's.
 * Bounded in bytes across all tenants, least recently used first out: a cap per tenant let 64
 * tenants keep 64 reports each.
 */
export function createReportCache() {
  const reports = new LRUCache<string, Uint8Array<ArrayBuffer>>({
    maxSize: MAX_BYTES,
    sizeCalculation: (bytes) => Math.max(1, bytes.byteLength),
  })
  // Tenants by identity, without keeping them alive: a tenant dropped is never asked for again.
  const ids = new WeakMap<Tenant, number>()
  let nextId = 0

  return async function cached(
    tenant: Tenant,
    key: string,
    render: () => ReadableStream<Uint8Array>,
  ): Promise<ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>> {
    if (entitiesOf(tenant) > MAX_ENTITIES) return render()
    let id = ids.get(tenant)
    if (id === undefined) {
      id = ++nextId
      ids.set(tenant, id)
    }
    const fullKey = `${id}|${tenant.revision ?? 0}|${key}`
    let bytes = reports.get(fullKey)
    if (!bytes) {
      bytes = new Uint8Array(await new Response(render()).arrayBuffer())
      reports.set(fullKey, bytes)
    }
    return bytes
  }
}

export type ReportCache = ReturnType<typeof createReportCache>
