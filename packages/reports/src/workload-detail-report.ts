import { SERVICES, type Tenant, type WorkloadModel } from '@fake-graph/tenant'
import type { Column } from './column'
import { assignedProductsColumn, userColumns } from './detail-columns'
import { type DetailRow, detailRows, type WorkloadTotals } from './detail-rows'
import type { ReportDefinition } from './report-definition'
import { reportPeriodColumn } from './standard-columns'
import { totalsOf } from './workload-activity'
import type { WorkloadAction } from './workload-counts'

export interface WorkloadDetailSpec {
  readonly name: string
  /** What the function answers, for the OpenAPI document. */
  readonly summary: string
  readonly jsonType: string
  readonly model: WorkloadModel
  /** The count columns, in header order. */
  readonly actions: readonly WorkloadAction[]
  /** Whether the report has a Display Name column after the UPN (email has; OneDrive and SharePoint have not). */
  readonly displayName: boolean
  /**
   * How deletion shows: Is Deleted and Deleted Date (the default), User State and State Change
   * Date (Viva Engage), or not at all (the Skype for Business device Detail).
   */
  readonly deletion?: 'isDeleted' | 'userState' | 'none'
  /** Whether Assigned Products precedes Report Period (true unless false: the device-usage Details have none). */
  readonly assignedProducts?: boolean
  /** What the action columns read per user, when not the model's counts (device usage, Skype's derived lanes). */
  readonly totals?: (tenant: Tenant) => WorkloadTotals
}

/**
 * A workload's activity Detail: the active-users Detail's users, each with the workload's last
 * activity and counts; zero is `0` here, and Report Period comes last (docs/usage-reports.md §2).
 */
export function workloadDetailReport(spec: WorkloadDetailSpec): ReportDefinition<DetailRow> {
  const service = SERVICES.indexOf(spec.model.service)
  const totals = spec.totals ?? totalsOf(spec.model)
  return {
    name: spec.name,
    summary: spec.summary,
    jsonType: spec.jsonType,
    acceptsDate: true,
    columns: [
      ...userColumns({
        refreshDate: 'Report Refresh Date',
        userPrincipalName: 'User Principal Name',
        ...(spec.displayName ? { displayName: 'Display Name' } : {}),
        ...deletionHeaders(spec),
      }),
      {
        header: 'Last Activity Date',
        field: 'lastActivityDate',
        kind: 'date',
        value: (row) => row.lastActivityDates[service] ?? null,
      },
      ...spec.actions.map(actionColumn),
      ...(spec.assignedProducts === false ? [] : [assignedProductsColumn<DetailRow>('Assigned Products')]),
      reportPeriodColumn(),
    ],
    rows: (request, from) => detailRows(request, from, totals(request.tenant)),
    position: (row) => row.index,
  }
}

/** One action's Detail column, spelt as its kind says. */
function actionColumn({ header, field, lane, kind }: WorkloadAction): Column<DetailRow> {
  switch (kind) {
    case 'date':
      return {
        header,
        field,
        kind,
        value: (row) => ((row.counts[lane] as number) < 0 ? null : (row.counts[lane] as number)),
      }
    case 'yesNo':
      return { header, field, kind, value: (row) => (row.counts[lane] as number) > 0 }
    default:
      return { header, field, kind: kind ?? 'count', value: (row) => row.counts[lane] as number }
  }
}

/** The deletion columns' headers the spec asks for. */
function deletionHeaders(spec: WorkloadDetailSpec) {
  switch (spec.deletion ?? 'isDeleted') {
    case 'userState':
      return { userState: 'User State', stateChangeDate: 'State Change Date', service: spec.model.service }
    case 'isDeleted':
      return { isDeleted: 'Is Deleted', deletedDate: 'Deleted Date' }
    case 'none':
      return {}
  }
}
