import { TEAMS_MODEL } from '@fake-graph/tenant'
import { TEAMS_DAY_ACTIONS, TEAMS_DAY_DOCUMENTED_ACTIONS } from '../teams-activity'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getTeamsUserActivityCounts`: per day, the messages, calls, meetings and durations, summed over users. */
export const teamsUserActivityCounts = workloadCountsReport({
  name: 'getTeamsUserActivityCounts',
  summary: 'Daily Teams messages, calls, meetings and their durations',
  jsonType: 'teamsUserActivityCounts',
  actions: TEAMS_DAY_ACTIONS,
  documentedActions: TEAMS_DAY_DOCUMENTED_ACTIONS,
  lanes: TEAMS_MODEL.lanes,
  count: workloadSums(TEAMS_MODEL),
  reportDatePlace: 'second',
})
