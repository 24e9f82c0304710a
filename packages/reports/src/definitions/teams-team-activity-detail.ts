import type { ReportDefinition } from '../report-definition'
import { TEAM_DETAIL_COLUMNS, type TeamActivityRow, teamActivityRows } from '../teams-team-activity'

/**
 * `getTeamsTeamActivityDetail`: per team (a team-enabled Microsoft 365 group), its active users,
 * channels, guests, messages and meetings over the span; beta JSON nests them under `details`.
 */
export const teamsTeamActivityDetail: ReportDefinition<TeamActivityRow> = {
  name: 'getTeamsTeamActivityDetail',
  summary:
    'Teams team Detail, every team with its active users, channels, guests, messages and meetings over the period',
  jsonType: 'teamsTeamActivityDetail',
  nested: {
    key: 'details',
    outer: ['reportRefreshDate', 'teamName', 'teamId', 'teamType', 'lastActivityDate'],
    per: 'row',
    style: 'older',
  },
  acceptsDate: true,
  columns: TEAM_DETAIL_COLUMNS,
  rows: (request, from) => teamActivityRows(request, from),
  position: (row) => row.index,
}
