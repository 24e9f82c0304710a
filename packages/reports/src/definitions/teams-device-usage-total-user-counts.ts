import { TEAMS_DEVICE_MODEL } from '@fake-graph/tenant'
import { TEAMS_DEVICE_COUNT_ACTIONS } from '../teams-device-usage'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getTeamsDeviceUsageTotalUserCounts` (beta only): per day, licensed or not, the users of each Teams client. */
export const teamsDeviceUsageTotalUserCounts = workloadCountsReport({
  name: 'getTeamsDeviceUsageTotalUserCounts',
  summary: 'Daily users, licensed or not, of each Teams client',
  jsonType: 'teamsDeviceUsageTotalUserCounts',
  actions: TEAMS_DEVICE_COUNT_ACTIONS,
  lanes: TEAMS_DEVICE_MODEL.lanes,
  count: workloadUsers(TEAMS_DEVICE_MODEL),
  versions: ['beta'],
})
