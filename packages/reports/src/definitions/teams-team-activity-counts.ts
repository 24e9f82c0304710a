import { TEAM_ACTIONS, teamActivityOn } from '@fake-graph/tenant'
import { groupCountsReport } from '../group-counts-report'
import { TEAM_COUNTS_ORDER, teamActions } from '../teams-team-activity'

const day = new Array<number>(TEAM_ACTIONS.length).fill(0)

/** `getTeamsTeamActivityCounts`: per day, the teams' activity added up, the period before the date. */
export const teamsTeamActivityCounts = groupCountsReport({
  name: 'getTeamsTeamActivityCounts',
  summary: 'Daily Teams team activity added up over the teams over the period',
  jsonType: 'teamsTeamActivityCounts',
  actions: teamActions(TEAM_COUNTS_ORDER),
  lanes: TEAM_ACTIONS.length,
  include: (group) => group.isTeam,
  add: (group, at, lanes) => {
    teamActivityOn(group, at, day)
    for (let lane = 0; lane < lanes.length; lane++) lanes[lane] = (lanes[lane] as number) + (day[lane] as number)
  },
  reportDatePlace: 'periodThenDate',
})
