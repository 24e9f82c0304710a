import { TEAMS_DEVICE_MODEL } from '@fake-graph/tenant'
import { TEAMS_DEVICE_COUNT_ACTIONS } from '../teams-device-usage'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getTeamsDeviceUsageUserCounts`: per day, the users of each Teams client. */
export const teamsDeviceUsageUserCounts = workloadCountsReport({
  name: 'getTeamsDeviceUsageUserCounts',
  summary: 'Daily users of each Teams client',
  jsonType: 'teamsDeviceUsageUserCounts',
  actions: TEAMS_DEVICE_COUNT_ACTIONS,
  lanes: TEAMS_DEVICE_MODEL.lanes,
  count: workloadUsers(TEAMS_DEVICE_MODEL),
})
