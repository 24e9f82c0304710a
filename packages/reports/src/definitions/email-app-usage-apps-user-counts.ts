import { CLIENT_LABELS, type ClientTally, clientColumns, tallyClients } from '../email-apps'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'

const NAME = 'getEmailAppUsageAppsUserCounts'

/** `getEmailAppUsageAppsUserCounts`: one row for the period, the users of each mail client in it. */
export const emailAppUsageAppsUserCounts: ReportDefinition<ClientTally> = {
  name: NAME,
  jsonType: 'emailAppUsageAppsUserCounts',
  acceptsDate: false,
  columns: [
    { header: 'Report Refresh Date', field: 'reportRefreshDate', kind: 'date', value: (row) => row.refreshDate },
    ...clientColumns(CLIENT_LABELS),
    { header: 'Report Period', field: 'reportPeriod', kind: 'period', value: (row) => row.period },
  ],
  rows: function* (request) {
    yield* yield* tallyClients(request.tenant, periodOf(NAME, request.selection), false, CLIENT_LABELS.length, (c) => c)
  },
}
