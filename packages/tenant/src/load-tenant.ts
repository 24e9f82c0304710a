import { dayOf } from './day'
import { fromUserRecord } from './from-user-record'
import { DEFAULT_LAG_DAYS } from './generate-tenant'
import { heldTenant } from './held-tenant'
import { listedGroups } from './listed-groups'
import { recordDay } from './record-day'
import { ACTIVITY_WINDOW_DAYS, type Tenant } from './tenant'
import { TenantError } from './tenant-error'
import type { TenantRecord } from './tenant-record'
import { checkTenantRecord } from './tenant-schema'

export interface LoadTenantOptions {
  now: Date
  lagDays?: number
  /**
   * Shift every date so that the scenario's refresh date becomes the clock's (default true).
   * Turn it off to keep the dates exactly as written.
   */
  rebase?: boolean
}

/**
 * Loads a scenario tenant from JSON text or a parsed value, validated against
 * `contracts/schemas/tenant.schema.json`. Throws one `TenantError` naming the first bad field.
 *
 * @example
 * const tenant = loadTenant(readFileSync('contoso-small.json', 'utf8'), { now: new Date() })
 * createFakeGraph({ tenant })
 */
export function loadTenant(source: string | unknown, options: LoadTenantOptions): Tenant {
  const value = typeof source === 'string' ? parseJson(source) : source
  const issue = checkTenantRecord(value)
  if (issue) throw new TenantError(issue.field, issue.problem)
  return tenantFromRecord(value as TenantRecord, options)
}

/** Builds a tenant from a record already known to match the schema. */
function tenantFromRecord(record: TenantRecord, options: LoadTenantOptions): Tenant {
  const written = recordDay(record.refreshDate, 0, 'refreshDate')
  const clockRefresh = dayOf(options.now) - (options.lagDays ?? DEFAULT_LAG_DAYS)
  const refreshDate = options.rebase === false ? written : clockRefresh
  const window = { refreshDate, firstDay: refreshDate - ACTIVITY_WINDOW_DAYS + 1, shift: refreshDate - written }
  const users = record.users.map((user, index) => fromUserRecord(user, window, `users/${index}`))
  const groups = record.groups && listedGroups(record.groups, users, { ...window, domain: record.organization.domain })
  return heldTenant({ ...record.organization }, refreshDate, users, groups)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new TenantError('', `is not JSON: ${(error as Error).message}`)
  }
}
