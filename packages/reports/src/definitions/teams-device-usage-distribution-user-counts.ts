import { TEAMS_DEVICE_MODEL } from '@fake-graph/tenant'
import { TEAMS_DEVICE_COUNT_ACTIONS } from '../teams-device-usage'
import { totalsOf } from '../workload-activity'
import { workloadDistributionReport } from '../workload-distribution-report'

/** `getTeamsDeviceUsageDistributionUserCounts`: over the period, the users of each Teams client. */
export const teamsDeviceUsageDistributionUserCounts = workloadDistributionReport({
  name: 'getTeamsDeviceUsageDistributionUserCounts',
  summary: 'Users of each Teams client over the period, one row',
  jsonType: 'teamsDeviceUsageDistributionUserCounts',
  actions: TEAMS_DEVICE_COUNT_ACTIONS,
  totals: totalsOf(TEAMS_DEVICE_MODEL),
})
