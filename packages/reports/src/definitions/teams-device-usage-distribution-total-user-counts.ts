import { TEAMS_DEVICE_MODEL } from '@fake-graph/tenant'
import { TEAMS_DEVICE_COUNT_ACTIONS } from '../teams-device-usage'
import { totalsOf } from '../workload-activity'
import { workloadDistributionReport } from '../workload-distribution-report'

/** `getTeamsDeviceUsageDistributionTotalUserCounts` (beta only): over the period, licensed or not, the users of each Teams client. */
export const teamsDeviceUsageDistributionTotalUserCounts = workloadDistributionReport({
  name: 'getTeamsDeviceUsageDistributionTotalUserCounts',
  summary: 'Users, licensed or not, of each Teams client over the period, one row',
  jsonType: 'teamsDeviceUsageDistributionTotalUserCounts',
  actions: TEAMS_DEVICE_COUNT_ACTIONS,
  totals: totalsOf(TEAMS_DEVICE_MODEL),
  versions: ['beta'],
})
