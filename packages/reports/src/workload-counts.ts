import type { Day, TenantUser } from '@fake-graph/tenant'
import type { CellKind, Column } from './column'
import { newestFirst, tallyDays } from './day-tally'
import type { Idle } from './idle'
import { laneColumn } from './lane-column'
import { type Period, periodStart, type ReportRequest } from './report-request'
import { refreshDateColumn, reportDateColumn, reportPeriodColumn } from './standard-columns'

/** One day of a workload's counts or user-counts report. */
export interface WorkloadDay {
  readonly refreshDate: Day
  readonly reportDate: Day
  readonly period: Period
  /** One number per action, in column order. */
  readonly numbers: readonly number[]
}

/** Adds what one user did on `day` to `lanes`, one per action. */
export type CountDay = (day: Day, lanes: Float64Array) => void

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
  /**
   * How the cell is spelled, where not the layout's own (`tally` in counts, `count` in a Detail):
   * in a Detail, a `date` reads the lane as a day, -1 for none (Skype for Business's last activity
   * per kind), and `yesNo` is Yes above zero (device usage).
   */
  readonly kind?: CellKind
}

/**
 * Where a counts report puts Report Date: before Report Period, second (Teams), with the period
 * before the tallies (Skype for Business), or after the period before the tallies (Teams team activity).
 */
export type ReportDatePlace = 'beforePeriod' | 'second' | 'datesFirst' | 'periodThenDate'

/**
 * Refresh date, one tally per action, report date, period: the layout of the workload counts
 * reports (email, OneDrive, SharePoint…). Zero is an empty cell there (docs/usage-reports.md §2).
 * Teams puts the report date second; Skype for Business puts the dates and the period first:
 * refresh date, report date, period, then the tallies (spec §1.9).
 */
export function workloadDayColumns(
  actions: readonly WorkloadAction[],
  reportDatePlace: ReportDatePlace = 'beforePeriod',
): Column<WorkloadDay>[] {
  const tallies = actions.map(({ header, field, lane, kind }) =>
    laneColumn<WorkloadDay>(header, field, lane, kind ?? 'tally'),
  )
  const refreshDate: Column<WorkloadDay> = refreshDateColumn()
  const reportDate: Column<WorkloadDay> = reportDateColumn()
  const period: Column<WorkloadDay> = reportPeriodColumn()
  switch (reportDatePlace) {
    case 'second':
      return [refreshDate, reportDate, ...tallies, period]
    case 'datesFirst':
      return [refreshDate, reportDate, period, ...tallies]
    case 'periodThenDate':
      return [refreshDate, period, reportDate, ...tallies]
    case 'beforePeriod':
      return [refreshDate, ...tallies, reportDate, period]
  }
}
