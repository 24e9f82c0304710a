import { TEAMS_MODEL } from '@fake-graph/tenant'
import { TEAMS_TOTAL_DISTRIBUTION_ACTIONS } from '../teams-activity'
import { totalsOf } from '../workload-activity'
import { workloadDistributionReport } from '../workload-distribution-report'

/**
 * `getTeamsUserActivityTotalDistributionCounts` (beta only): the period's Teams activity of every
 * user, licensed or not, summed. Its JSON is one item with the sums under `userCounts`, as the
 * reference's sample nests it (docs/usage-reports.md §20).
 */
export const teamsUserActivityTotalDistributionCounts = workloadDistributionReport({
  name: 'getTeamsUserActivityTotalDistributionCounts',
  summary: 'Teams messages, calls, meetings and their durations of every user over the period, summed',
  jsonType: 'teamsUserActivityTotalDistributionCounts',
  actions: TEAMS_TOTAL_DISTRIBUTION_ACTIONS,
  totals: totalsOf(TEAMS_MODEL),
  sums: true,
  nested: { key: 'userCounts', outer: ['reportRefreshDate'], per: 'report', style: 'newer' },
  versions: ['beta'],
})
