import { SERVICE_LABELS } from '@fake-graph/tenant'
import { type CountsRow, countsColumns } from '../counts-columns'
import { tallyDailyCounts } from '../daily-counts'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'
import { periodStart } from '../report-request'
import { CURRENT_SERVICES } from './labels'

/** `getOffice365ActiveUserCounts`: daily active users per service, one row per day (docs/graph-reports.md §2.2). */
export const office365ActiveUserCounts: ReportDefinition<CountsRow> = {
  name: 'getOffice365ActiveUserCounts',
  summary: 'Daily active users per service',
  jsonType: 'office365ActiveUserCounts',
  acceptsDate: false,
  columns: countsColumns(CURRENT_SERVICES, SERVICE_LABELS, {
    refreshDate: 'Report Refresh Date',
    reportDate: 'Report Date',
    reportPeriod: 'Report Period',
  }),
  rows: function* ({ tenant, selection }) {
    const period = periodOf('getOffice365ActiveUserCounts', selection)
    const counts = yield* tallyDailyCounts(tenant, periodStart(tenant, period), tenant.refreshDate)
    for (const count of counts) yield { ...count, period }
  },
}
