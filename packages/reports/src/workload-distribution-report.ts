import type { Day, Tenant } from '@fake-graph/tenant'
import type { Column } from './column'
import { detailRows } from './detail-rows'
import { IDLE } from './idle'
import { periodOf } from './period-of'
import type { ReportDefinition } from './report-definition'
import { type Period, periodStart } from './report-request'
import type { WorkloadAction } from './workload-counts'
import type { WorkloadTotals } from './workload-detail-rows'

/** The one row of a distribution report: per column, the users of the period. */
export interface WorkloadDistribution {
  readonly refreshDate: Day
  readonly period: Period
  readonly numbers: readonly number[]
}

export interface WorkloadDistributionSpec {
  readonly name: string
  readonly jsonType: string
  readonly actions: readonly WorkloadAction[]
  /** What each listed user has over the period, one number per lane, counted when above zero. */
  readonly totals: (tenant: Tenant) => WorkloadTotals
}

/**
 * A distribution report (`…DistributionUserCounts`): one row for the whole period, per column the
 * users of the period Detail whose cell is above zero, so the two agree by construction. No Report
 * Date; zero is an empty cell, as in the other counts reports (docs/usage-reports.md §2).
 */
export function workloadDistributionReport(spec: WorkloadDistributionSpec): ReportDefinition<WorkloadDistribution> {
  const columns: Column<WorkloadDistribution>[] = [
    { header: 'Report Refresh Date', field: 'reportRefreshDate', kind: 'date', value: (row) => row.refreshDate },
    ...spec.actions.map(
      ({ header, field, lane }): Column<WorkloadDistribution> => ({
        header,
        field,
        kind: 'tally',
        value: (row) => row.numbers[lane] as number,
      }),
    ),
    { header: 'Report Period', field: 'reportPeriod', kind: 'period', value: (row) => row.period },
  ]
  return {
    name: spec.name,
    jsonType: spec.jsonType,
    acceptsDate: false,
    columns,
    rows: function* ({ tenant, selection }) {
      const period = periodOf(spec.name, selection)
      const totals = spec.totals(tenant)
      const from = periodStart(tenant, period)
      const numbers: number[] = spec.actions.map(() => 0)
      for (const row of detailRows({ tenant, selection: { period } })) {
        if (row === IDLE) {
          yield row
          continue
        }
        const user = totals(row.user, from, tenant.refreshDate)
        for (let lane = 0; lane < numbers.length; lane++)
          if ((user[lane] as number) > 0) numbers[lane] = (numbers[lane] as number) + 1
      }
      yield { refreshDate: tenant.refreshDate, period, numbers }
    },
  }
}
