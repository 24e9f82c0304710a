import type { FakeGraph } from '@fake-graph/core'
import { formatDay, loadTenant, type Tenant, TenantError } from '@fake-graph/tenant'
import { type Response, Router } from 'express'

/**
 * `/_admin/tenant`: GET a summary; POST `{ "seed": 7, "users": 1000 }` to reseed, or
 * `{ "tenant": <scenario file> }` to serve a scenario (validated like `--tenant`).
 */
export function adminTenant(fake: FakeGraph, refuse: (response: Response, message: string) => void): Router {
  const router = Router()
  // ?tid=… addresses another tenant than the primary one (tokens select tenants by tid).
  router.get('/', (request, response) => {
    response.json(summary(fake.tenant(undefined, tenantId(request.query.tid))))
  })
  router.post('/', (request, response) => {
    const tid = tenantId(request.query.tid)
    const body = (request.body ?? {}) as Record<string, unknown>
    const unknown = Object.keys(body).filter((key) => !['seed', 'users', 'tenant'].includes(key))
    if (unknown.length > 0 || Object.keys(body).length === 0) {
      return refuse(
        response,
        `send { "seed", "users" } or { "tenant" }${unknown.length ? `; not ${unknown.join(', ')}` : ''}`,
      )
    }
    if ('tenant' in body) {
      if ('seed' in body || 'users' in body)
        return refuse(response, 'send either a seed and size or a tenant, not both')
      const record = body.tenant
      const lagDays = fake.options.lagDays
      try {
        loadTenant(record, { now: fake.clock.now(), lagDays })
      } catch (error) {
        if (error instanceof TenantError) return refuse(response, error.message)
        throw error
      }
      fake.useTenant({ tenant: (now) => loadTenant(record, { now, lagDays }) }, tid)
    } else {
      const { seed, users } = body
      if (seed !== undefined && !isWhole(seed, 0, 2 ** 32 - 1)) return refuse(response, 'seed must be a whole number')
      if (users !== undefined && !isWhole(users, 0, 1_000_000))
        return refuse(response, 'users must be a whole number up to 1000000')
      fake.useTenant({ seed: seed as number | undefined, users: users as number | undefined }, tid)
    }
    response.json(summary(fake.tenant(undefined, tid)))
  })
  return router
}

function tenantId(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function summary(tenant: Tenant) {
  let deleted = 0
  let licensed = 0
  for (const user of tenant.users()) {
    if (user.isDeleted) deleted++
    if (user.assignedProducts.length > 0) licensed++
  }
  return {
    organization: tenant.organization,
    users: tenant.userCount,
    licensed,
    deleted,
    refreshDate: formatDay(tenant.refreshDate),
    firstDay: formatDay(tenant.firstDay),
  }
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}
