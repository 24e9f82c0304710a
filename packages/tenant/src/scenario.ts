// The only module that knows about @msw/data: swapping the data library touches this file alone.
// Imported when a scenario is made, not with the package: it costs more to load than the rest of it.
import type { Collection } from '@msw/data'
import { dayOf } from './day'
import { fromUserRecord, type RecordWindow } from './from-user-record'
import { DEFAULT_LAG_DAYS } from './generate-tenant'
import type { TenantGroup } from './groups'
import { heldFrom } from './held-list'
import { listedGroups } from './listed-groups'
import { type ListedSite, listedSites } from './listed-sites'
import { type LoadTenantOptions, loadTenant } from './load-tenant'
import { ACTIVITY_WINDOW_DAYS, type Organization, type Tenant, type TenantUser } from './tenant'
import { TenantError } from './tenant-error'
import type { TenantRecord, UserRecord } from './tenant-record'
import { toTenantRecord } from './tenant-record'
import { checkUserRecord } from './tenant-schema'

/**
 * `tenant.schema.json`'s user, as a Standard Schema so that @msw/data validates every write, and
 * what a schema cannot check (real dates, activity within the licence, counts for a licensed
 * service) as the file is checked when it loads: an edit that breaks them is refused at once,
 * not when a report reads the user.
 */
function userSchemaFor(window: RecordWindow) {
  const refused = (field: string, problem: string) => ({
    issues: [{ message: `${field || 'user'} ${problem}`, path: field.split('/').filter(Boolean) }],
  })
  return {
    '~standard': {
      version: 1 as const,
      vendor: 'fake-graph',
      validate(value: unknown) {
        const issue = checkUserRecord(value)
        if (issue) return refused(issue.field, issue.problem)
        try {
          fromUserRecord(value as UserRecord, window, '')
        } catch (error) {
          if (error instanceof TenantError) return refused(error.field.replace(/^\//, ''), error.problem)
          throw error
        }
        return { value: value as UserRecord }
      },
      types: undefined as unknown as { input: UserRecord; output: UserRecord },
    },
  }
}

export type UserCollection = Collection<ReturnType<typeof userSchemaFor>>

/** An editable tenant: change `users` with the @msw/data API, and `tenant` follows. */
export interface Scenario {
  readonly users: UserCollection
  /** A live view: every pass over its users reflects the collection's current records. */
  readonly tenant: Tenant
}

/**
 * Makes a tenant editable. The users of `base` become records of an @msw/data collection;
 * records are plain JSON in the scenario-file format, so edits read like the fixtures.
 *
 * @example
 * const scenario = await createScenario(generateTenant({ seed: 1, users: 20, now }), { now })
 * await scenario.users.update((q) => q.where({ userPrincipalName: 'a@contoso.com' }), { data(user) { user.deletedDate = '2026-11-25' } })
 * createFakeGraph({ tenant: scenario.tenant })
 */
export async function createScenario(base: Tenant | TenantRecord, options: LoadTenantOptions): Promise<Scenario> {
  const record = 'users' in base && Array.isArray(base.users) ? (base as TenantRecord) : toTenantRecord(base as Tenant)
  const start = loadTenant(record, options)
  const refreshDate =
    options.rebase === false ? start.refreshDate : dayOf(options.now) - (options.lagDays ?? DEFAULT_LAG_DAYS)
  const window = { refreshDate, firstDay: refreshDate - ACTIVITY_WINDOW_DAYS + 1, shift: 0 }
  const { Collection } = await import('@msw/data')
  const users = new Collection({ schema: userSchemaFor(window) })
  const loaded = toTenantRecord(start)
  for (const user of loaded.users) await users.create(user)

  let cached: TenantUser[] | undefined
  let cachedGroups: TenantGroup[] | undefined
  let cachedSites: ListedSite[] | undefined
  let revision = 0
  const invalidate = () => {
    cached = undefined
    cachedGroups = undefined
    cachedSites = undefined
    revision++
  }
  users.hooks.on('create', invalidate)
  users.hooks.on('update', invalidate)
  users.hooks.on('delete', invalidate)
  const current = () => {
    cached ??= users.all().map((user, index) => fromUserRecord(user, window, `users/${index}`))
    return cached
  }
  const organization: Organization = start.organization
  const listedWindow = { refreshDate, shift: 0, domain: organization.domain }
  // Listed groups name their members: they follow the users as they are edited.
  const groupRecords = loaded.groups
  const groups = () => {
    if (!groupRecords) return undefined
    cachedGroups ??= listedGroups(groupRecords, current(), listedWindow, false)
    return cachedGroups
  }
  // And listed sites their owners.
  const siteRecords = loaded.sites
  const sites = () => {
    if (!siteRecords) return undefined
    cachedSites ??= listedSites(siteRecords, current(), groups(), listedWindow, false)
    return cachedSites
  }
  return {
    users,
    tenant: {
      organization,
      refreshDate: window.refreshDate,
      firstDay: window.firstDay,
      get userCount() {
        return current().length
      },
      get revision() {
        return revision
      },
      users: (from) => heldFrom(current(), from),
      user: (index) => current()[index],
      get groups() {
        return groups()
      },
      get sites() {
        return sites()
      },
    },
  }
}
