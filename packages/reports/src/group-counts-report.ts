import type { Day, TenantGroup } from '@fake-graph/tenant'
import { newestFirst } from './day-tally'
import { tallyGroupDays } from './group-day-tally'
import { periodOf } from './period-of'
import type { ReportDefinition } from './report-definition'
import { periodStart } from './report-request'
import { type ReportDatePlace, type WorkloadAction, type WorkloadDay, workloadDayColumns } from './workload-counts'

export interface GroupCountsSpec {
  readonly name: string
  /** What the function answers, for the OpenAPI document. */
  readonly summary: string
  readonly jsonType: string
  /** The tally columns, in header order, each reading one lane of `add`. */
  readonly actions: readonly WorkloadAction[]
  readonly lanes: number
  /** What one group adds to a day's lanes, on the days it existed. */
  readonly add: (group: TenantGroup, day: Day, lanes: Float64Array) => void
  /** The groups the report counts (teams, Engage communities); all by default. */
  readonly include?: (group: TenantGroup) => boolean
  readonly reportDatePlace?: ReportDatePlace
}

/**
 * A per-group counts report (Groups, Teams team, Engage groups): per day of the period, newest
 * first, the sum over the groups of what each adds, in the workload counts' layout.
 */
export function groupCountsReport(spec: GroupCountsSpec): ReportDefinition<WorkloadDay> {
  return {
    name: spec.name,
    summary: spec.summary,
    jsonType: spec.jsonType,
    acceptsDate: false,
    columns: workloadDayColumns(spec.actions, spec.reportDatePlace),
    rows: function* (request) {
      const period = periodOf(spec.name, request.selection)
      const from = periodStart(request.tenant, period)
      const tally = yield* tallyGroupDays(request.tenant, from, period, spec.lanes, spec.add, spec.include)
      yield* newestFirst(tally, from, spec.lanes, (reportDate, numbers) => ({
        refreshDate: request.tenant.refreshDate,
        reportDate,
        period,
        numbers,
      }))
    },
  }
}
