import { ControlError, type FakeGraph } from '@fake-graph/core'
import { timeSlice } from '@fake-graph/reports'
import { eachDayOf, formatDay, type Tenant, TenantError, type TenantUser } from '@fake-graph/tenant'
import { type Request, type Response, Router } from 'express'
import { scenarioBody } from './admin-body'
import { adminError, refuse } from './admin-error'
import { readQuery } from './admin-query'
import { parseJsonTextInSlices } from './json-in-slices'
import { loadTenantInSlices } from './load-tenant-in-slices'
import { tenantActivity } from './tenant-activity'

/**
 * `/_admin/tenant`: GET a summary; POST `{ "seed": 7, "users": 1000 }` to reseed, or
 * `{ "tenant": <scenario file> }` to serve a scenario (validated like `--tenant`).
 */
export function adminTenant(fake: FakeGraph): Router {
  const router = Router()
  const order = servedInOrder(fake)
  // ?tid=… addresses another tenant than the primary one (tokens select tenants by tid).
  router.get('/', async (request, response) => {
    const tid = tenantId(request)
    if (tid instanceof Error) return refuse(response, tid.message)
    response.json(await summary(fake.tenant(undefined, tid)))
  })
  // The last 180 days of activity, from the reports' definitions (see tenant-activity.ts).
  router.get('/activity', async (request, response) => {
    const tid = tenantId(request)
    if (tid instanceof Error) return refuse(response, tid.message)
    const tenant = fake.tenant(undefined, tid)
    response.json({ refreshDate: formatDay(tenant.refreshDate), ...(await tenantActivity(tenant)) })
  })
  router.post('/', async (request, response) => {
    const ticket = order.ticket()
    const tid = tenantId(request)
    if (tid instanceof Error) return refuse(response, tid.message)
    const body = await scenarioBody(request)
    if (!body) return refuse(response, 'the body must be a JSON object')
    const unknown = Object.keys(body).filter((key) => !['seed', 'users', 'tenant'].includes(key))
    if (unknown.length > 0 || Object.keys(body).length === 0) {
      return refuse(
        response,
        `send { "seed", "users" } or { "tenant" }${unknown.length ? `; not ${unknown.join(', ')}` : ''}`,
      )
    }
    if (Object.hasOwn(body, 'tenant')) {
      if (Object.hasOwn(body, 'seed') || Object.hasOwn(body, 'users'))
        return refuse(response, 'send either a seed and size or a tenant, not both')
      let tenant: (now: Date) => Tenant
      try {
        const options = { now: fake.clock.now(), lagDays: fake.options.lagDays }
        tenant = eachDayOf(await loadTenantInSlices(await scenarioOf(body.tenant), options), options)
      } catch (error) {
        if (error instanceof TenantError) return refuse(response, error.reason)
        throw error
      }
      if (!order.serve(ticket, tid, () => fake.useTenant({ tenant }, tid))) return superseded(response)
    } else {
      const { seed, users } = body
      try {
        const use = () => fake.useTenant({ seed: seed as number | undefined, users: users as number | undefined }, tid)
        if (!order.serve(ticket, tid, use)) return superseded(response)
      } catch (error) {
        if (error instanceof ControlError) return refuse(response, error.reason)
        throw error
      }
    }
    response.json(await summary(fake.tenant(undefined, tid)))
  })
  return router
}

/**
 * Of the POSTs for one tenant, the one sent last is served, however long an earlier one takes to
 * load: a large scenario still loading when a seed or a small scenario arrives after it must not
 * replace that one when it finishes. A POST takes its ticket as it arrives; a refused one serves
 * nothing, so it supersedes nothing.
 */
function servedInOrder(fake: FakeGraph) {
  let issued = 0
  // By the tenant a tid resolves to, one settings object each: no tid and the primary's own id are
  // one tenant, and a generated tenant the registry lets go takes its entry with it.
  const served = new WeakMap<object, number>()
  return {
    ticket: () => ++issued,
    /** Runs `use` unless a POST sent after `ticket`'s was served first; false where it was. */
    serve(ticket: number, tid: string | undefined, use: () => void): boolean {
      const tenant = fake.settingsOf(tid as string)
      if ((served.get(tenant) ?? 0) > ticket) return false
      use()
      served.set(tenant, ticket)
      return true
    },
  }
}

function superseded(response: Response): void {
  adminError(response, 409, 'a POST sent after this one was served while it loaded; the tenant is that one')
}

/** The scenario a body holds: the record itself, or the file's text as a string, as `loadTenant` takes either. */
async function scenarioOf(tenant: unknown): Promise<unknown> {
  if (typeof tenant !== 'string') return tenant
  try {
    return await parseJsonTextInSlices(tenant)
  } catch (error) {
    throw TenantError.notJson(error)
  }
}

/** The `tid` a request addresses (none for the primary tenant), or what is wrong with its query. */
function tenantId(request: Request): string | undefined | Error {
  const query = readQuery(request, ['tid'])
  if (typeof query === 'string') return new Error(query)
  const tid = query.get('tid')
  return tid === '' ? undefined : tid
}

/** Users the summary names, of the first and of the deleted: a page shows them, it does not page them. */
const NAMED = 25

/**
 * Counts the tenant's users in time slices: a million lazily derived users took 7.6 s, during
 * which the process answered nothing else. Licences are counted per product, as the admin
 * centre lists them.
 */
async function summary(tenant: Tenant) {
  let deleted = 0
  let licensed = 0
  let count = 0
  const licences: Record<string, number> = {}
  const first: ReturnType<typeof named>[] = []
  const deletedUsers: ReturnType<typeof named>[] = []
  const slice = timeSlice()
  for (const user of tenant.users()) {
    if (user.isDeleted) {
      deleted++
      if (deletedUsers.length < NAMED) deletedUsers.push(named(user))
    }
    if (first.length < NAMED) first.push(named(user))
    if (user.assignedProducts.length > 0) licensed++
    for (const product of user.assignedProducts) licences[product] = (licences[product] ?? 0) + 1
    if (++count % 256 === 0 && slice.due()) await slice.breathe()
  }
  return {
    organization: tenant.organization,
    users: tenant.userCount,
    licensed,
    deleted,
    refreshDate: formatDay(tenant.refreshDate),
    firstDay: formatDay(tenant.firstDay),
    licences,
    firstUsers: first,
    deletedUsers,
  }
}

function named(user: TenantUser) {
  return {
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    assignedProducts: user.assignedProducts,
    deletedDate: user.deletedDate === null ? null : formatDay(user.deletedDate),
  }
}
