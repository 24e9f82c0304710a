import { isTeamActiveOn } from '@fake-graph/tenant'
import { groupCountsReport } from '../group-counts-report'
import { laneColumn } from '../lane-column'
import { refreshDateColumn, reportDateColumn } from '../standard-columns'
import type { WorkloadDay } from '../workload-counts'

const TALLIES = ['Public Teams', 'Active Public Teams', 'Private Teams', 'Active Private Teams'] as const
const FIELDS = ['publicTeams', 'activePublicTeams', 'privateTeams', 'activePrivateTeams'] as const

const counts = groupCountsReport({
  name: 'getTeamsTeamCounts',
  summary: 'Daily public and private teams, and those active over the period',
  jsonType: 'teamsTeamCounts',
  actions: [],
  lanes: 4,
  include: (group) => group.isTeam,
  add: (group, day, lanes) => {
    const at = group.type === 'Public' ? 0 : 2
    lanes[at] = (lanes[at] as number) + 1
    if (isTeamActiveOn(group, day)) lanes[at + 1] = (lanes[at + 1] as number) + 1
  },
})

/**
 * `getTeamsTeamCounts`: per day of the period, the public and private teams and those active;
 * no Report Period column, as Graph's beta sample has none (spec §1.12).
 */
export const teamsTeamCounts = {
  ...counts,
  columns: [
    refreshDateColumn(),
    reportDateColumn(),
    ...TALLIES.map((header, lane) => laneColumn<WorkloadDay>(header, FIELDS[lane] as string, lane)),
  ],
}
