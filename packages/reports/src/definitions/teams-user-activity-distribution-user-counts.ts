import { TEAMS_MODEL } from '@fake-graph/tenant'
import { licensedInTeams, TEAMS_DISTRIBUTION_USER_ACTIONS } from '../teams-activity'
import { totalsOf } from '../workload-activity'
import { workloadDistributionReport } from '../workload-distribution-report'

/** `getTeamsUserActivityDistributionUserCounts` (beta only): over the period, the licensed users of each action. */
export const teamsUserActivityDistributionUserCounts = workloadDistributionReport({
  name: 'getTeamsUserActivityDistributionUserCounts',
  summary: 'Licensed users who chatted, called or met in Teams over the period, one row',
  jsonType: 'teamsUserActivityDistributionUserCounts',
  actions: TEAMS_DISTRIBUTION_USER_ACTIONS,
  totals: totalsOf(TEAMS_MODEL),
  counts: licensedInTeams,
  versions: ['beta'],
})
