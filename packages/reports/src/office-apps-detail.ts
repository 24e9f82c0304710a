import {
  appsUseBetween,
  appsUsedOn,
  type Day,
  officeAppsProductType,
  officeAppsUser,
  suiteLastActivated,
} from '@fake-graph/tenant'
import { type DetailRow, detailRows } from './detail-rows'
import { IDLE, type Idle } from './idle'
import { type ReportRequest, selectionSpan } from './report-request'

export interface AppsDetailRow extends DetailRow {
  /** The (platform, app) pairs used in the period or on the date (`appBit`). */
  readonly used: number
  readonly appsLastActivityDate: Day | null
  /** The suite's last activation, as the activations report gives it, if on or before the report's day. */
  readonly lastActivationDate: Day | null
}

/**
 * The Microsoft 365 Apps Detail rows: the active-users Detail's users who hold the suite, for a
 * period; for a date, those who used an app that day. Same order and names as that Detail.
 */
export function* appsDetailRows(request: ReportRequest, start: number | undefined): Generator<AppsDetailRow | Idle> {
  const { tenant, selection } = request
  const span = selectionSpan(tenant, selection)
  if (!span) return
  const { forDate, from, to } = span
  for (const row of detailRows(request, start)) {
    if (row === IDLE) {
      yield row
      continue
    }
    const { user } = row
    if (officeAppsProductType(user) === undefined) continue
    const apps = officeAppsUser(user)
    if (forDate && appsUsedOn(apps, user.activity, from - tenant.firstDay) === 0) continue
    const use = appsUseBetween(user, tenant.firstDay, from, to, apps)
    const activated = suiteLastActivated(user, tenant.refreshDate, apps)
    yield {
      index: row.index,
      refreshDate: row.refreshDate,
      user,
      userPrincipalName: row.userPrincipalName,
      displayName: row.displayName,
      userId: row.userId,
      licenseAssignDates: row.licenseAssignDates,
      lastActivityDates: row.lastActivityDates,
      counts: row.counts,
      tenantDisplayName: row.tenantDisplayName,
      used: use.used,
      appsLastActivityDate: use.lastActivityDate,
      lastActivationDate: activated !== null && activated <= to ? activated : null,
      period: row.period,
    }
  }
}

/** Whether any pair of `mask` was used. */
export const usedAny = (row: AppsDetailRow, mask: number): boolean => (row.used & mask) !== 0
