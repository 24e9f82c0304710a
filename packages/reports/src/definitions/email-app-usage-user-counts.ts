import { CLIENT_LABELS, type ClientTally, clientColumns, tallyClients } from '../email-apps'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn, reportDateColumn, reportPeriodColumn } from '../standard-columns'

const NAME = 'getEmailAppUsageUserCounts'

/** `getEmailAppUsageUserCounts`: per day, newest first, the users of each mail client that day. */
export const emailAppUsageUserCounts: ReportDefinition<ClientTally> = {
  name: NAME,
  summary: 'Daily users of each mail client',
  jsonType: 'emailAppUsageUserCounts',
  acceptsDate: false,
  columns: [refreshDateColumn(), ...clientColumns(CLIENT_LABELS), reportDateColumn(), reportPeriodColumn()],
  rows: function* (request) {
    yield* yield* tallyClients(request.tenant, periodOf(NAME, request.selection), true, CLIENT_LABELS.length, (c) => c)
  },
}
