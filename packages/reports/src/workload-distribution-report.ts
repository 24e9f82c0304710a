import type { Day, Tenant } from '@fake-graph/tenant'
import type { Column } from './column'
import { type DetailRow, detailRows, type WorkloadTotals } from './detail-rows'
import { IDLE, type Idle, readingRows } from './idle'
import { laneColumn } from './lane-column'
import { periodOf } from './period-of'
import type { NestedJson, ReportDefinition } from './report-definition'
import type { Period } from './report-request'
import { refreshDateColumn, reportPeriodColumn } from './standard-columns'
import type { WorkloadAction } from './workload-counts'

/** The one row of a distribution report: per action, the users who did it in the period. */
export interface WorkloadDistribution {
  readonly refreshDate: Day
  readonly period: Period
  readonly numbers: readonly number[]
}

export interface WorkloadDistributionSpec {
  readonly name: string
  /** What the function answers, for the OpenAPI document. */
  readonly summary: string
  readonly jsonType: string
  /** The columns, in header order, each reading one lane of the totals. */
  readonly actions: readonly WorkloadAction[]
  /** What each listed user has over the period, one number per lane, counted when above zero. */
  readonly totals: (tenant: Tenant) => WorkloadTotals
  /** Whether a column adds the users' numbers rather than counting the users above zero (`…TotalDistributionCounts`). */
  readonly sums?: boolean
  /** Which of the Detail's users the report counts, every one when absent (the licensed only, for instance). */
  readonly counts?: (row: DetailRow) => boolean
  readonly nested?: NestedJson
  readonly versions?: ReportDefinition['versions']
}

/**
 * A distribution report (`…DistributionUserCounts`): one row for the whole period, per column the
 * users of the period's Detail whose count of its lane is above zero, so it equals the Detail's
 * `Yes` cells column by column; with `sums`, the sum of those counts (Teams' beta
 * `…TotalDistributionCounts`, docs/usage-reports.md §20). No Report Date; zero is an empty cell as
 * in the other counts reports (§2), unless an action says otherwise (Teams prints `0`).
 */
export function workloadDistributionReport(spec: WorkloadDistributionSpec): ReportDefinition<WorkloadDistribution> {
  const columns: Column<WorkloadDistribution>[] = [
    refreshDateColumn(),
    ...spec.actions.map(({ header, field, lane, kind }) =>
      laneColumn<WorkloadDistribution>(header, field, lane, kind ?? 'tally'),
    ),
    reportPeriodColumn(),
  ]
  return {
    name: spec.name,
    summary: spec.summary,
    jsonType: spec.jsonType,
    ...(spec.nested ? { nested: spec.nested } : {}),
    ...(spec.versions ? { versions: spec.versions } : {}),
    acceptsDate: false,
    columns,
    rows: function* (request): Generator<WorkloadDistribution | Idle> {
      const period = periodOf(spec.name, request.selection)
      const numbers = new Array<number>(Math.max(...spec.actions.map((action) => action.lane)) + 1).fill(0)
      const totals = spec.totals(request.tenant)
      // The Detail's rows are summed, not written: without readingRows, a million users'
      // distribution held every other request for a tenth of a second at a time.
      for (const row of readingRows(detailRows({ tenant: request.tenant, selection: { period } }, 0, totals))) {
        if (row === IDLE) {
          yield row
          continue
        }
        if (spec.counts && !spec.counts(row)) continue
        for (let lane = 0; lane < numbers.length; lane++) {
          const count = row.counts[lane] as number
          if (spec.sums) numbers[lane] = (numbers[lane] as number) + count
          else if (count > 0) numbers[lane] = (numbers[lane] as number) + 1
        }
      }
      yield { refreshDate: request.tenant.refreshDate, period, numbers }
    },
  }
}
