import { TEAMS_DEVICE_MODEL } from '@fake-graph/tenant'
import type { ReportDefinition } from '../report-definition'
import { TEAMS_DEVICE_DETAIL_COLUMNS } from '../teams-device-usage'
import { totalsOf } from '../workload-activity'
import { type WorkloadDetailRow, workloadDetailRows } from '../workload-detail-rows'

const totals = totalsOf(TEAMS_DEVICE_MODEL)

/** `getTeamsDeviceUsageUserDetail`: the active-users Detail's users, with the Teams clients each used. */
export const teamsDeviceUsageUserDetail: ReportDefinition<WorkloadDetailRow> = {
  name: 'getTeamsDeviceUsageUserDetail',
  summary: 'Teams device-usage Detail, every licensed user with Yes or No per client',
  jsonType: 'teamsDeviceUsageUserDetail',
  acceptsDate: true,
  columns: TEAMS_DEVICE_DETAIL_COLUMNS,
  rows: (request, from) => workloadDetailRows(request, from, totals(request.tenant)),
  position: (row) => row.index,
}
