import { type ClientTally, clientColumns, tallyClients, VERSION_COLUMNS, versionLane } from '../email-apps'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn, reportPeriodColumn } from '../standard-columns'

const NAME = 'getEmailAppUsageVersionsUserCounts'
const columns = clientColumns(VERSION_COLUMNS)
/** The five older columns, Report Period, then the two added since, as the real export orders them (spec §1.4). */
const OLDER = 5

/** `getEmailAppUsageVersionsUserCounts`: one row for the period, the users of each version of Outlook for Windows. */
export const emailAppUsageVersionsUserCounts: ReportDefinition<ClientTally> = {
  name: NAME,
  summary: 'Users of each version of Outlook for Windows over the period',
  jsonType: 'emailAppUsageVersionsUserCounts',
  acceptsDate: false,
  columns: [refreshDateColumn(), ...columns.slice(0, OLDER), reportPeriodColumn(), ...columns.slice(OLDER)],
  rows: function* (request) {
    yield* yield* tallyClients(
      request.tenant,
      periodOf(NAME, request.selection),
      false,
      VERSION_COLUMNS.length,
      versionLane,
    )
  },
}
