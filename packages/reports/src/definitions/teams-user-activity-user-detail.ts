import { TEAMS_MODEL } from '@fake-graph/tenant'
import { type DetailRow, detailRows } from '../detail-rows'
import type { ReportDefinition } from '../report-definition'
import { TEAMS_DETAIL_COLUMNS, TEAMS_DETAIL_DOCUMENTED_COLUMNS } from '../teams-activity'
import { totalsOf } from '../workload-activity'

const totals = totalsOf(TEAMS_MODEL)

/**
 * `getTeamsUserActivityUserDetail`: the active-users Detail's users, with their Teams last
 * activity, chats, calls, meetings and durations; the real export's column order by default.
 */
export const teamsUserActivityUserDetail: ReportDefinition<DetailRow> = {
  name: 'getTeamsUserActivityUserDetail',
  summary: 'Teams user-activity Detail, every licensed user with chats, calls, meetings and durations',
  jsonType: 'teamsUserActivityUserDetail',
  acceptsDate: true,
  columns: TEAMS_DETAIL_COLUMNS,
  documentedColumns: TEAMS_DETAIL_DOCUMENTED_COLUMNS,
  rows: (request, from) => detailRows(request, from, totals(request.tenant)),
  position: (row) => row.index,
}
