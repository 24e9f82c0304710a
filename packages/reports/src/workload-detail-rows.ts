import type { Day, TenantUser } from '@fake-graph/tenant'
import { type DetailRow, detailRows } from './detail-rows'
import { IDLE, type Idle } from './idle'
import { type ReportRequest, selectionSpan } from './report-request'

export interface WorkloadDetailRow extends DetailRow {
  /** The workload's counts for the user over the period or on the date, one per action. */
  readonly counts: readonly number[]
  /** The days the counts cover: the period, or 1 for a date (docs/usage-reports.md §2). */
  readonly period: number
  /** The organisation's name, which the Teams Details print on every row, concealed or not. */
  readonly tenantDisplayName: string
}

/** A user's counts over the days [from, to] of one workload. */
export type WorkloadTotals = (user: TenantUser, from: Day, to: Day) => readonly number[]

/**
 * A workload's Detail rows: the active-users Detail rows, the same users in the same order
 * with the same deletion, products and last activity, each with the user's counts. A workload
 * Detail report therefore agrees with `getOffice365ActiveUserDetail` by construction.
 */
export function* workloadDetailRows(
  request: ReportRequest,
  start: number | undefined,
  totals: WorkloadTotals,
): Generator<WorkloadDetailRow | Idle> {
  const { tenant, selection } = request
  const span = selectionSpan(tenant, selection)
  if (!span) return
  const { from, to, period } = span
  const tenantDisplayName = tenant.organization.name
  for (const row of detailRows(request, start)) {
    if (row === IDLE) {
      yield row
      continue
    }
    // Field by field rather than a spread: one shape for every row, and no generic copy per user.
    yield {
      index: row.index,
      refreshDate: row.refreshDate,
      user: row.user,
      userPrincipalName: row.userPrincipalName,
      displayName: row.displayName,
      userId: row.userId,
      licenseAssignDates: row.licenseAssignDates,
      lastActivityDates: row.lastActivityDates,
      counts: totals(row.user, from, to),
      period,
      tenantDisplayName,
    }
  }
}
