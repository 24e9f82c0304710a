import { TEAMS_MODEL } from '@fake-graph/tenant'
import { TEAMS_USER_ACTIONS } from '../teams-activity'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getTeamsUserActivityUserCounts`: per day, the users who chatted, called, met, or did anything else in Teams. */
export const teamsUserActivityUserCounts = workloadCountsReport({
  name: 'getTeamsUserActivityUserCounts',
  summary: 'Daily users who chatted, called, met or did another Teams action',
  jsonType: 'teamsUserActivityUserCounts',
  actions: TEAMS_USER_ACTIONS,
  lanes: TEAMS_MODEL.lanes,
  count: workloadUsers(TEAMS_MODEL),
  reportDatePlace: 'second',
})
