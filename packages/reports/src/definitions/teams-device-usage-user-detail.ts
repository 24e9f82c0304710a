import { TEAMS_DEVICE_MODEL } from '@fake-graph/tenant'
import { type DetailRow, detailRows } from '../detail-rows'
import type { ReportDefinition } from '../report-definition'
import { TEAMS_DEVICE_DETAIL_COLUMNS } from '../teams-device-usage'
import { totalsOf } from '../workload-activity'

const totals = totalsOf(TEAMS_DEVICE_MODEL)

/** `getTeamsDeviceUsageUserDetail`: the active-users Detail's users, with the Teams clients each used. */
export const teamsDeviceUsageUserDetail: ReportDefinition<DetailRow> = {
  name: 'getTeamsDeviceUsageUserDetail',
  summary: 'Teams device-usage Detail, every licensed user with Yes or No per client',
  jsonType: 'teamsDeviceUsageUserDetail',
  acceptsDate: true,
  columns: TEAMS_DEVICE_DETAIL_COLUMNS,
  rows: (request, from) => detailRows(request, from, totals(request.tenant)),
  position: (row) => row.index,
}
