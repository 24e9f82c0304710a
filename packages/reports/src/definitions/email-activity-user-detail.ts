import { SERVICES } from '@fake-graph/tenant'
import type { Column } from '../column'
import { assignedProductsColumn, userColumns } from '../detail-columns'
import { EMAIL_DETAIL_ACTIONS, emailTotalsOf } from '../email-activity'
import type { ReportDefinition } from '../report-definition'
import { type WorkloadDetailRow, workloadDetailRows } from '../workload-detail-rows'

const EXCHANGE = SERVICES.indexOf('exchange')

/**
 * `getEmailActivityUserDetail`: the active-users Detail's users, each with their Exchange last
 * activity and mail counts; zero is `0` here, and Report Period comes last (docs/usage-reports.md §1).
 */
export const emailActivityUserDetail: ReportDefinition<WorkloadDetailRow> = {
  name: 'getEmailActivityUserDetail',
  jsonType: 'emailActivityUserDetail',
  acceptsDate: true,
  columns: [
    ...userColumns({
      refreshDate: 'Report Refresh Date',
      userPrincipalName: 'User Principal Name',
      displayName: 'Display Name',
      isDeleted: 'Is Deleted',
      deletedDate: 'Deleted Date',
    }),
    {
      header: 'Last Activity Date',
      field: 'lastActivityDate',
      kind: 'date',
      value: (row) => row.lastActivityDates[EXCHANGE] ?? null,
    },
    ...EMAIL_DETAIL_ACTIONS.map(
      (action, lane): Column<WorkloadDetailRow> => ({
        header: action.header,
        field: action.field,
        kind: 'count',
        value: (row) => row.counts[lane] as number,
      }),
    ),
    assignedProductsColumn('Assigned Products'),
    { header: 'Report Period', field: 'reportPeriod', kind: 'period', value: (row) => row.period },
  ],
  rows: (request, from) => workloadDetailRows(request, from, emailTotalsOf(request.tenant)),
  position: (row) => row.index,
}
