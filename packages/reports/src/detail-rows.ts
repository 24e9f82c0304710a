import { type Day, lastActivityAsOf, type TenantUser } from '@fake-graph/tenant'
import { concealedId } from './concealed-id'
import { nameConcealer } from './concealed-name'
import { IDLE, type Idle, USERS_PER_IDLE } from './idle'
import { type ReportRequest, selectionSpan } from './report-request'

export interface DetailRow {
  /** The user's place in the tenant: a page of rows resumes there. */
  readonly index: number
  readonly refreshDate: Day
  readonly user: TenantUser
  readonly userPrincipalName: string
  readonly displayName: string
  /** The user's id, or the zero GUID where names are concealed (the Teams Details print it). */
  readonly userId: string
  /** Per service, the licence assign date as of the report, or null. */
  readonly licenseAssignDates: readonly (Day | null)[]
  readonly lastActivityDates: readonly (Day | null)[]
  /** A workload Detail's counts for the user over the period or on the date, one per action; none elsewhere. */
  readonly counts: readonly number[]
  /** The days the row covers: the period, or 1 for a date (docs/usage-reports.md §2). */
  readonly period: number
  /** The organisation's name, which the Teams Details print on every row, concealed or not. */
  readonly tenantDisplayName: string
}

/** A workload Detail's row: the active-users Detail's, with the workload's counts. */
export type WorkloadDetailRow = DetailRow

/** A user's counts over the days [from, to] of one workload. */
export type WorkloadTotals = (user: TenantUser, from: Day, to: Day) => readonly number[]

const NO_COUNTS: readonly number[] = Object.freeze([])

/**
 * One row per user the Detail report lists, from the user at index `start`.
 * - For a period: every user holding a product, and not deleted before the period began.
 * - For a date: every user active on that date, with last activity as of that date.
 * Between rows it yields IDLE every few hundred users it passes over. With `totals`, each row
 * holds the user's counts of a workload, so a workload Detail lists the same users in the same
 * order with the same deletion, products and last activity as `getOffice365ActiveUserDetail`, by
 * construction. One generator and one object a row, rather than a workload's generator copying
 * this one's rows: the email Detail's rows take a fifth less time so.
 */
export function* detailRows(
  { tenant, selection, concealNames }: ReportRequest,
  start = 0,
  totals?: WorkloadTotals,
): Generator<DetailRow | Idle> {
  const span = selectionSpan(tenant, selection)
  if (!span) return
  const { forDate, from, to: asOf, period } = span
  const offset = asOf - tenant.firstDay
  const tenantDisplayName = tenant.organization.name

  const conceal = concealNames ? nameConcealer(tenant) : undefined
  let index = Math.max(0, start)
  let passed = 0
  for (const user of tenant.users(index)) {
    const at = index++
    if (forDate ? !user.activity[offset] : !isListed(user, from)) {
      if (++passed % USERS_PER_IDLE === 0) yield IDLE
      continue
    }
    yield {
      index: at,
      refreshDate: tenant.refreshDate,
      user,
      userPrincipalName: conceal ? conceal('userPrincipalName', user.id) : user.userPrincipalName,
      displayName: conceal ? conceal('displayName', user.id) : user.displayName,
      userId: conceal ? (concealedId(user.id) as string) : user.id,
      licenseAssignDates: forDate ? licensedAsOf(user.licenseAssignDates, asOf) : user.licenseAssignDates,
      lastActivityDates: forDate
        ? lastActivityAsOf(user.activity, user.lastActivityBeforeWindow, tenant.firstDay, asOf)
        : user.lastActivityDates,
      counts: totals ? totals(user, from, asOf) : NO_COUNTS,
      period,
      tenantDisplayName,
    }
  }
}

function isListed(user: TenantUser, from: Day): boolean {
  return user.assignedProducts.length > 0 && (user.deletedDate === null || user.deletedDate >= from)
}

/** On a past date, a licence assigned later was not yet held. */
function licensedAsOf(dates: readonly (Day | null)[], asOf: Day): (Day | null)[] {
  return dates.map((day) => (day !== null && day <= asOf ? day : null))
}
