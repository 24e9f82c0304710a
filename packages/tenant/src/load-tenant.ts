import { dayOf } from './day'
import { drain } from './drain'
import { fromUserRecord } from './from-user-record'
import { DEFAULT_LAG_DAYS } from './generate-tenant'
import { heldTenant } from './held-tenant'
import { listingGroups } from './listed-groups'
import { listingSites } from './listed-sites'
import { recordDay } from './record-day'
import { ACTIVITY_WINDOW_DAYS, type Tenant, type TenantUser } from './tenant'
import { TenantError } from './tenant-error'
import type { TenantRecord } from './tenant-record'
import {
  checkGroupRecord,
  checkSiteRecord,
  checkTenantRecord,
  checkUserRecord,
  type SchemaIssue,
} from './tenant-schema'

export interface LoadTenantOptions {
  now: Date
  lagDays?: number
  /**
   * Shift every date so that the scenario's refresh date becomes the clock's (default true).
   * Turn it off to keep the dates exactly as written.
   */
  rebase?: boolean
}

/** Users, groups or sites checked or built between two steps of `loadingTenant`: a few milliseconds of a large file. */
const ITEMS_PER_STEP = 64

/**
 * Loads a scenario tenant from JSON text or a parsed value, validated against
 * `contracts/schemas/tenant.schema.json`. Throws one `TenantError` naming the first bad field.
 *
 * @example
 * const tenant = loadTenant(readFileSync('contoso-small.json', 'utf8'), { now: new Date() })
 * createFakeGraph({ tenant })
 */
export function loadTenant(source: string | unknown, options: LoadTenantOptions): Tenant {
  return drain(loadingTenant(typeof source === 'string' ? parseJson(source) : source, options))
}

/**
 * `loadTenant` of a parsed value, a few users at a time: it yields between them, so that a server
 * loading a 50 MB scenario can answer other requests meanwhile (a whole check and build held its
 * event loop for half a second). The record is checked in the schema's order, the fields before
 * `users`, then each user, then `groups` and `sites`, so the first bad field named is the one a check of the
 * whole record names.
 */
export function* loadingTenant(value: unknown, options: LoadTenantOptions): Generator<void, Tenant> {
  const record = value as TenantRecord
  // The record without the items of its lists, which are checked one by one below.
  const lists = LISTS.filter((list) => Array.isArray((record as Partial<Record<List, unknown>>)?.[list]))
  const outer = checkTenantRecord(lists.length > 0 ? { ...record, ...emptied(lists) } : value)
  // A list that is no list is named where its items would have been, after the lists before it.
  const outerAt = outer ? LISTS.findIndex((list) => outer.field === list || outer.field.startsWith(`${list}/`)) : -1
  if (outer && outerAt === -1) throw issueError(outer)
  for (const [at, list] of LISTS.entries()) {
    if (outer && at === outerAt) throw issueError(outer)
    if (lists.includes(list)) yield* checkingItems((record as Record<List, unknown[]>)[list], list)
  }

  const written = recordDay(record.refreshDate, 0, 'refreshDate')
  const clockRefresh = dayOf(options.now) - (options.lagDays ?? DEFAULT_LAG_DAYS)
  const refreshDate = options.rebase === false ? written : clockRefresh
  const window = { refreshDate, firstDay: refreshDate - ACTIVITY_WINDOW_DAYS + 1, shift: refreshDate - written }
  const built: TenantUser[] = []
  for (const [index, user] of record.users.entries()) {
    built.push(fromUserRecord(user, window, `users/${index}`))
    if ((index + 1) % ITEMS_PER_STEP === 0) yield
  }
  const listed = { ...window, domain: record.organization.domain }
  const groups = record.groups && (yield* listingGroups(record.groups, built, listed))
  const sites = record.sites && (yield* listingSites(record.sites, built, groups, listed))
  return heldTenant({ ...record.organization }, refreshDate, built, { groups, sites })
}

/** The record's lists, in the schema's order. */
const LISTS = ['users', 'groups', 'sites'] as const
type List = (typeof LISTS)[number]
const CHECKS: Record<List, (value: unknown) => SchemaIssue | undefined> = {
  users: checkUserRecord,
  groups: checkGroupRecord,
  sites: checkSiteRecord,
}

const emptied = (lists: readonly List[]) => Object.fromEntries(lists.map((list) => [list, []]))

/**
 * Each item of a list against its schema, a few at a time: a file of 450,000 groups, checked in
 * one step with the record, held the event loop for about half a second.
 */
function* checkingItems(items: readonly unknown[], list: List): Generator<void> {
  const check = CHECKS[list]
  for (let index = 0; index < items.length; index++) {
    const issue = check(items[index])
    if (issue) throw issueError({ ...issue, field: `${list}/${index}${issue.field ? `/${issue.field}` : ''}` })
    if ((index + 1) % ITEMS_PER_STEP === 0) yield
  }
}

function issueError(issue: SchemaIssue): TenantError {
  return new TenantError(issue.field, issue.problem)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw TenantError.notJson(error)
  }
}
