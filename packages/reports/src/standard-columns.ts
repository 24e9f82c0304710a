import type { Day } from '@fake-graph/tenant'
import type { Column } from './column'
import type { Period } from './report-request'

/** `Report Refresh Date`, the column every report opens with. */
export function refreshDateColumn<Row extends { readonly refreshDate: Day }>(): Column<Row> {
  return { header: 'Report Refresh Date', field: 'reportRefreshDate', kind: 'date', value: (row) => row.refreshDate }
}

/** `Report Date`: the day a row of a daily report counts. */
export function reportDateColumn<Row extends { readonly reportDate: Day }>(): Column<Row> {
  return { header: 'Report Date', field: 'reportDate', kind: 'date', value: (row) => row.reportDate }
}

/** `Report Period`, in days (1 for a Detail asked for one day). */
export function reportPeriodColumn<Row extends { readonly period: Period | number }>(): Column<Row> {
  return { header: 'Report Period', field: 'reportPeriod', kind: 'period', value: (row) => row.period }
}
