import type { Tenant, TenantUser } from '@fake-graph/tenant'
import { periodOf } from './period-of'
import type { ReportDefinition } from './report-definition'
import {
  type CountDay,
  type ReportDatePlace,
  tallyWorkloadDays,
  type WorkloadAction,
  type WorkloadDay,
  workloadDayColumns,
} from './workload-counts'

export interface WorkloadCountsSpec {
  readonly name: string
  /** What the function answers, for the OpenAPI document. */
  readonly summary: string
  readonly jsonType: string
  /** The tally columns, in header order, each reading one lane of `count`. */
  readonly actions: readonly WorkloadAction[]
  /** How many lanes `count` adds into. */
  readonly lanes: number
  /** What one user adds to a day's lanes: their counts, or one per action done. */
  readonly count: (tenant: Tenant) => (user: TenantUser) => CountDay
  readonly reportDatePlace?: ReportDatePlace
  /** The columns as Graph's reference lists them, where the real export differs (decision 0015). */
  readonly documentedActions?: readonly WorkloadAction[]
  readonly versions?: ReportDefinition['versions']
}

/** A workload's counts report: per day of the period, newest first, a tally per action (docs/usage-reports.md §1). */
export function workloadCountsReport(spec: WorkloadCountsSpec): ReportDefinition<WorkloadDay> {
  return {
    name: spec.name,
    summary: spec.summary,
    jsonType: spec.jsonType,
    ...(spec.versions ? { versions: spec.versions } : {}),
    acceptsDate: false,
    columns: workloadDayColumns(spec.actions, spec.reportDatePlace),
    ...(spec.documentedActions
      ? { documentedColumns: workloadDayColumns(spec.documentedActions, spec.reportDatePlace) }
      : {}),
    rows: function* (request) {
      const period = periodOf(spec.name, request.selection)
      yield* yield* tallyWorkloadDays(request, period, spec.lanes, spec.count(request.tenant))
    },
  }
}
