import { TEAMS_MODEL } from '@fake-graph/tenant'
import { TEAMS_USER_ACTIONS } from '../teams-activity'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getTeamsUserActivityTotalUserCounts` (beta only): per day, licensed or not, the users of each Teams action. */
export const teamsUserActivityTotalUserCounts = workloadCountsReport({
  name: 'getTeamsUserActivityTotalUserCounts',
  summary: 'Daily users, licensed or not, who chatted, called, met or did another Teams action',
  jsonType: 'teamsUserActivityTotalUserCounts',
  actions: TEAMS_USER_ACTIONS,
  lanes: TEAMS_MODEL.lanes,
  count: workloadUsers(TEAMS_MODEL),
  reportDatePlace: 'second',
  versions: ['beta'],
})
