import type { Day, TenantUser } from '@fake-graph/tenant'
import type { CellKind, Column } from './column'
import { newestFirst, tallyDays } from './day-tally'
import type { Idle } from './idle'
import { type Period, periodStart, type ReportRequest } from './report-request'

/** One day of a workload's counts or user-counts report. */
export interface WorkloadDay {
  readonly refreshDate: Day
  readonly reportDate: Day
  readonly period: Period
  /** One number per action, in column order. */
  readonly numbers: readonly number[]
}

/** Adds what one user did on `day` to `lanes`, one per action. */
export type CountDay = (day: Day, lanes: Int32Array) => void

/** A counts report's rows: per day of the period, newest first, the sum over users of `count`. */
export function* tallyWorkloadDays(
  { tenant }: ReportRequest,
  period: Period,
  actions: number,
  count: (user: TenantUser) => CountDay,
): Generator<Idle, WorkloadDay[]> {
  const from = periodStart(tenant, period)
  const tally = yield* tallyDays(tenant, period, actions, (user, into) => {
    const countDay = count(user)
    for (let day = 0; day < period; day++) countDay(from + day, into.subarray(day * actions, (day + 1) * actions))
  })
  return newestFirst(tally, from, actions, (reportDate, numbers) => ({
    refreshDate: tenant.refreshDate,
    reportDate,
    period,
    numbers,
  }))
}

export interface WorkloadAction {
  readonly header: string
  readonly field: string
  /** The model's lane the column reads: columns need not follow the lanes' order. */
  readonly lane: number
  /** How the cell is spelled, where not the layout's own (`tally` in counts, `count` in a Detail). */
  readonly kind?: CellKind
}

/** Where a counts report puts Report Date: before Report Period, or second, as Teams' reports do. */
export type ReportDatePlace = 'beforePeriod' | 'second'

/**
 * Refresh date, one tally per action, report date, period: the layout of the workload counts
 * reports (email, OneDrive, SharePoint…). Zero is an empty cell there (docs/usage-reports.md §2).
 * Teams puts the report date second.
 */
export function workloadDayColumns(
  actions: readonly WorkloadAction[],
  reportDatePlace: ReportDatePlace = 'beforePeriod',
): Column<WorkloadDay>[] {
  const reportDate: Column<WorkloadDay> = {
    header: 'Report Date',
    field: 'reportDate',
    kind: 'date',
    value: (row) => row.reportDate,
  }
  return [
    { header: 'Report Refresh Date', field: 'reportRefreshDate', kind: 'date', value: (row) => row.refreshDate },
    ...(reportDatePlace === 'second' ? [reportDate] : []),
    ...actions.map(
      ({ header, field, lane, kind }): Column<WorkloadDay> => ({
        header,
        field,
        kind: kind ?? 'tally',
        value: (row) => row.numbers[lane] as number,
      }),
    ),
    ...(reportDatePlace === 'beforePeriod' ? [reportDate] : []),
    { header: 'Report Period', field: 'reportPeriod', kind: 'period', value: (row) => row.period },
  ]
}
