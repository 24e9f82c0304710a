import { TEAM_ACTIONS } from '@fake-graph/tenant'
import { IDLE, type Idle, readingRows } from '../idle'
import { laneColumn } from '../lane-column'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn, reportPeriodColumn } from '../standard-columns'
import { TEAM_COUNTS_ORDER, teamActions, teamActivityRows } from '../teams-team-activity'
import type { WorkloadDistribution } from '../workload-distribution-report'

/**
 * `getTeamsTeamActivityDistributionCounts`: one row for the period, each column the sum of the
 * period's team Detail column, so the two agree team by team added up.
 */
export const teamsTeamActivityDistributionCounts: ReportDefinition<WorkloadDistribution> = {
  name: 'getTeamsTeamActivityDistributionCounts',
  summary: 'Teams team activity added up over the teams and the period',
  jsonType: 'teamsTeamActivityDistributionCounts',
  acceptsDate: false,
  columns: [
    refreshDateColumn(),
    reportPeriodColumn(),
    ...teamActions(TEAM_COUNTS_ORDER).map(({ header, field, lane }) =>
      laneColumn<WorkloadDistribution>(header, field, lane),
    ),
  ],
  rows: function* (request): Generator<WorkloadDistribution | Idle> {
    const period = periodOf('getTeamsTeamActivityDistributionCounts', request.selection)
    const numbers = new Array<number>(TEAM_ACTIONS.length).fill(0)
    for (const row of readingRows(teamActivityRows({ ...request, selection: { period } }))) {
      if (row === IDLE) {
        yield row
        continue
      }
      for (let lane = 0; lane < numbers.length; lane++)
        numbers[lane] = (numbers[lane] as number) + (row.numbers[lane] as number)
    }
    yield { refreshDate: request.tenant.refreshDate, period, numbers }
  },
}
