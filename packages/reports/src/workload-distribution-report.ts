import type { Day, Tenant } from '@fake-graph/tenant'
import type { Column } from './column'
import { IDLE, type Idle } from './idle'
import { periodOf } from './period-of'
import type { ReportDefinition } from './report-definition'
import type { Period } from './report-request'
import type { WorkloadAction } from './workload-counts'
import { type WorkloadTotals, workloadDetailRows } from './workload-detail-rows'

/** The one row of a distribution report: per action, the users who did it in the period. */
export interface WorkloadDistribution {
  readonly refreshDate: Day
  readonly period: Period
  readonly numbers: readonly number[]
}

export interface WorkloadDistributionSpec {
  readonly name: string
  readonly jsonType: string
  /** The columns, in header order, each reading one lane of the model. */
  readonly actions: readonly WorkloadAction[]
  readonly lanes: number
  readonly totals: (tenant: Tenant) => WorkloadTotals
}

/**
 * A distribution report (Teams device usage): one row for the period, counting the users of the
 * period's Detail whose count of each lane is above zero, so it equals the Detail's `Yes` cells
 * column by column.
 */
export function workloadDistributionReport(spec: WorkloadDistributionSpec): ReportDefinition<WorkloadDistribution> {
  const columns: Column<WorkloadDistribution>[] = [
    { header: 'Report Refresh Date', field: 'reportRefreshDate', kind: 'date', value: (row) => row.refreshDate },
    ...spec.actions.map(
      ({ header, field, lane, kind }): Column<WorkloadDistribution> => ({
        header,
        field,
        kind: kind ?? 'count',
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
    rows: function* (request): Generator<WorkloadDistribution | Idle> {
      const period = periodOf(spec.name, request.selection)
      const numbers = new Array<number>(spec.lanes).fill(0)
      const totals = spec.totals(request.tenant)
      for (const row of workloadDetailRows({ tenant: request.tenant, selection: { period } }, 0, totals)) {
        if (row === IDLE) {
          yield row
          continue
        }
        for (let lane = 0; lane < spec.lanes; lane++)
          if ((row.counts[lane] as number) > 0) numbers[lane] = (numbers[lane] as number) + 1
      }
      yield { refreshDate: request.tenant.refreshDate, period, numbers }
    },
  }
}
