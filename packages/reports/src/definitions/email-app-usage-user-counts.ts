import { CLIENT_LABELS, type ClientTally, clientColumns, tallyClients } from '../email-apps'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'

const NAME = 'getEmailAppUsageUserCounts'

/** `getEmailAppUsageUserCounts`: per day, newest first, the users of each mail client that day. */
export const emailAppUsageUserCounts: ReportDefinition<ClientTally> = {
  name: NAME,
  jsonType: 'emailAppUsageUserCounts',
  acceptsDate: false,
  columns: [
    { header: 'Report Refresh Date', field: 'reportRefreshDate', kind: 'date', value: (row) => row.refreshDate },
    ...clientColumns(CLIENT_LABELS),
    { header: 'Report Date', field: 'reportDate', kind: 'date', value: (row) => row.reportDate },
    { header: 'Report Period', field: 'reportPeriod', kind: 'period', value: (row) => row.period },
  ],
  rows: function* (request) {
    yield* yield* tallyClients(request.tenant, periodOf(NAME, request.selection), true, CLIENT_LABELS.length, (c) => c)
  },
}
