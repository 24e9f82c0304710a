import type { Column } from '../column'
import { userColumns } from '../detail-columns'
import { CLIENT_LABELS, type EmailAppsRow, emailAppsRows, exchangeLastActivity, versionOf } from '../email-apps'
import type { ReportDefinition } from '../report-definition'
import { reportPeriodColumn } from '../standard-columns'
import { fieldOf } from '../workload-activity'

/**
 * `getEmailAppUsageUserDetail`: the active-users Detail's users, with their Exchange last
 * activity and, per mail client used, the version it reports (spec §1.4).
 */
export const emailAppUsageUserDetail: ReportDefinition<EmailAppsRow> = {
  name: 'getEmailAppUsageUserDetail',
  summary: 'Email app usage Detail, the version of each mail client used',
  jsonType: 'emailAppUsageUserDetail',
  acceptsDate: true,
  columns: [
    ...userColumns<EmailAppsRow>({
      refreshDate: 'Report Refresh Date',
      userPrincipalName: 'User Principal Name',
      displayName: 'Display Name',
      isDeleted: 'Is Deleted',
      deletedDate: 'Deleted Date',
    }),
    { header: 'Last Activity Date', field: 'lastActivityDate', kind: 'date', value: exchangeLastActivity },
    ...CLIENT_LABELS.map(
      (header, client): Column<EmailAppsRow> => ({
        header,
        field: fieldOf(header),
        kind: 'versions',
        value: (row) => versionOf(row, client),
      }),
    ),
    reportPeriodColumn(),
  ],
  rows: (request, from) => emailAppsRows(request, from),
  position: (row) => row.index,
}
