import { CLIENT_LABELS, type ClientTally, clientColumns, tallyClients } from '../email-apps'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn, reportPeriodColumn } from '../standard-columns'

const NAME = 'getEmailAppUsageAppsUserCounts'

/** `getEmailAppUsageAppsUserCounts`: one row for the period, the users of each mail client in it. */
export const emailAppUsageAppsUserCounts: ReportDefinition<ClientTally> = {
  name: NAME,
  summary: 'Users of each mail client over the period',
  jsonType: 'emailAppUsageAppsUserCounts',
  acceptsDate: false,
  columns: [refreshDateColumn(), ...clientColumns(CLIENT_LABELS), reportPeriodColumn()],
  rows: function* (request) {
    yield* yield* tallyClients(request.tenant, periodOf(NAME, request.selection), false, CLIENT_LABELS.length, (c) => c)
  },
}
