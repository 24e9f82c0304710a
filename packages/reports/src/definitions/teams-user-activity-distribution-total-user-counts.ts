import { TEAMS_MODEL } from '@fake-graph/tenant'
import { TEAMS_DISTRIBUTION_USER_ACTIONS } from '../teams-activity'
import { totalsOf } from '../workload-activity'
import { workloadDistributionReport } from '../workload-distribution-report'

/** `getTeamsUserActivityDistributionTotalUserCounts` (beta only): over the period, licensed or not, the users of each action. */
export const teamsUserActivityDistributionTotalUserCounts = workloadDistributionReport({
  name: 'getTeamsUserActivityDistributionTotalUserCounts',
  summary: 'Users, licensed or not, who chatted, called or met in Teams over the period, one row',
  jsonType: 'teamsUserActivityDistributionTotalUserCounts',
  actions: TEAMS_DISTRIBUTION_USER_ACTIONS,
  totals: totalsOf(TEAMS_MODEL),
  versions: ['beta'],
})
