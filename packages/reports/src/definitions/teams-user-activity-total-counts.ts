import { TEAMS_MODEL } from '@fake-graph/tenant'
import { TEAMS_DAY_DOCUMENTED_ACTIONS } from '../teams-activity'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/**
 * `getTeamsUserActivityTotalCounts` (beta only): per day, the Teams activity of licensed and
 * unlicensed users alike, headed as the beta reference heads it (docs/usage-reports.md §20).
 */
export const teamsUserActivityTotalCounts = workloadCountsReport({
  name: 'getTeamsUserActivityTotalCounts',
  summary: 'Daily Teams messages, calls, meetings and their durations of licensed and unlicensed users',
  jsonType: 'teamsUserActivityTotalCounts',
  actions: TEAMS_DAY_DOCUMENTED_ACTIONS,
  lanes: TEAMS_MODEL.lanes,
  count: workloadSums(TEAMS_MODEL),
  reportDatePlace: 'second',
  versions: ['beta'],
})
