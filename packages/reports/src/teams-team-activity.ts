import {
  type Day,
  isTeamActiveOn,
  TEAM_ACTIONS,
  type TeamAction,
  teamActivityBetween,
  teamLastActivity,
} from '@fake-graph/tenant'
import type { Column } from './column'
import { type GroupRow, groupRows } from './group-rows'
import { IDLE, type Idle } from './idle'
import { laneColumn } from './lane-column'
import type { ReportRequest } from './report-request'
import { refreshDateColumn } from './standard-columns'
import type { WorkloadAction } from './workload-counts'

export interface TeamActivityRow extends GroupRow {
  readonly numbers: readonly number[]
  readonly lastActivityDate: Day | null
}

/** The headers of the team activity columns, in `TEAM_ACTIONS` order. */
const HEADERS: Record<TeamAction, string> = {
  activeUsers: 'Active Users',
  activeChannels: 'Active Channels',
  guests: 'Guests',
  reactions: 'Reactions',
  meetingsOrganized: 'Meetings Organized',
  postMessages: 'Post Messages',
  replyMessages: 'Reply Messages',
  channelMessages: 'Channel Messages',
  urgentMessages: 'Urgent Messages',
  mentions: 'Mentions',
  activeSharedChannels: 'Active Shared Channels',
  activeExternalUsers: 'Active External Users',
}

const lane = (action: TeamAction): number => TEAM_ACTIONS.indexOf(action)

/**
 * The team activity columns as a counts report orders them: `order`'s actions, each reading its
 * lane, spelt as counts (the beta sample prints 0, not null).
 */
export function teamActions(order: readonly TeamAction[]): WorkloadAction[] {
  return order.map((action) => ({ header: HEADERS[action], field: action, lane: lane(action), kind: 'count' }))
}

/** The counts reports' order (Graph's reference sample): messages after channels, replies near the end. */
export const TEAM_COUNTS_ORDER: readonly TeamAction[] = [
  'activeUsers',
  'activeChannels',
  'guests',
  'reactions',
  'meetingsOrganized',
  'postMessages',
  'channelMessages',
  'activeSharedChannels',
  'activeExternalUsers',
  'replyMessages',
  'urgentMessages',
  'mentions',
]

/** The team Detail's rows: the tenant's teams, each with its activity over the span. */
export function* teamActivityRows(request: ReportRequest, start?: number): Generator<TeamActivityRow | Idle> {
  for (const row of groupRows(request, start, (group) => group.isTeam, isTeamActiveOn)) {
    if (row === IDLE) {
      yield row
      continue
    }
    const numbers = new Array<number>(TEAM_ACTIONS.length).fill(0)
    teamActivityBetween(row.group, row.from, row.asOf, numbers)
    yield { ...row, numbers, lastActivityDate: teamLastActivity(row.group, row.asOf) }
  }
}

/**
 * The team Detail's columns, the reference's order: who the team is, Report Period, then its
 * activity. The period is a number in JSON, nested under `details` (spec §1.12).
 */
export const TEAM_DETAIL_COLUMNS: readonly Column<TeamActivityRow>[] = [
  refreshDateColumn(),
  { header: 'Team Name', field: 'teamName', kind: 'text', value: (row) => row.displayName },
  { header: 'Team Id', field: 'teamId', kind: 'text', value: (row) => row.groupId },
  { header: 'Team Type', field: 'teamType', kind: 'text', value: (row) => row.group.type },
  { header: 'Last Activity Date', field: 'lastActivityDate', kind: 'date', value: (row) => row.lastActivityDate },
  { header: 'Report Period', field: 'reportPeriod', kind: 'count', value: (row) => row.period },
  ...TEAM_ACTIONS.map((action, at) => laneColumn<TeamActivityRow>(HEADERS[action], action, at)),
]
