import { SERVICES, type TeamsAction, teamsLane } from '@fake-graph/tenant'
import type { Column } from './column'
import { columnsInOrder } from './columns-in-order'
import { assignedProductsColumn, userColumns } from './detail-columns'
import type { DetailRow } from './detail-rows'
import { reportPeriodColumn } from './standard-columns'
import { fieldOf } from './workload-activity'
import type { WorkloadAction } from './workload-counts'

const TEAMS = SERVICES.indexOf('teams')
const OTHER_ACTIONS = teamsLane('otherActions')

/** A column reading one Teams lane; `field` where Graph's name is not the header's camelCase. */
const action = (header: string, lane: TeamsAction, kind?: WorkloadAction['kind'], field = fieldOf(header)) => ({
  header,
  field,
  lane: teamsLane(lane),
  ...(kind ? { kind } : {}),
})

/**
 * Whether the Detail's user holds a Teams licence: its `Is Licensed`, and whom the beta
 * `getTeamsUserActivityDistributionUserCounts` counts where its `Total` sibling counts everyone.
 */
export const licensedInTeams = (row: DetailRow): boolean => row.licenseAssignDates[TEAMS] != null

/** The columns the Teams Details open with: who, their Teams last activity, deletion. */
export function teamsUserColumns(): Column<DetailRow>[] {
  return [
    ...userColumns<DetailRow>({
      refreshDate: 'Report Refresh Date',
      userPrincipalName: 'User Principal Name',
      isDeleted: 'Is Deleted',
      deletedDate: 'Deleted Date',
    }),
    { header: 'User Id', field: 'userId', kind: 'text', value: (row) => row.userId },
    {
      header: 'Last Activity Date',
      field: 'lastActivityDate',
      kind: 'date',
      value: (row) => row.lastActivityDates[TEAMS] ?? null,
    },
    {
      header: 'Is Licensed',
      field: 'isLicensed',
      kind: 'yesNo',
      value: licensedInTeams,
    },
    reportPeriodColumn(),
  ]
}

/** The Detail's counts and durations, each reading a lane of `TEAMS_MODEL`. */
const DETAIL_ACTIONS = [
  action('Team Chat Message Count', 'teamChatMessages'),
  action('Private Chat Message Count', 'privateChatMessages'),
  action('Call Count', 'calls'),
  action('Meeting Count', 'meetings'),
  action('Post Messages', 'postMessages'),
  action('Reply Messages', 'replyMessages'),
  action('Urgent Messages', 'urgentMessages'),
  action('Meetings Organized Count', 'meetingsOrganized'),
  action('Meetings Attended Count', 'meetingsAttended'),
  action('Ad Hoc Meetings Organized Count', 'adHocMeetingsOrganized'),
  action('Ad Hoc Meetings Attended Count', 'adHocMeetingsAttended'),
  action(
    'Scheduled One-time Meetings Organized Count',
    'scheduledOneTimeMeetingsOrganized',
    undefined,
    'scheduledOneTimeMeetingsOrganizedCount',
  ),
  action(
    'Scheduled One-time Meetings Attended Count',
    'scheduledOneTimeMeetingsAttended',
    undefined,
    'scheduledOneTimeMeetingsAttendedCount',
  ),
  action('Scheduled Recurring Meetings Organized Count', 'scheduledRecurringMeetingsOrganized'),
  action('Scheduled Recurring Meetings Attended Count', 'scheduledRecurringMeetingsAttended'),
  action('Audio Duration', 'audioSeconds', 'duration'),
  action('Video Duration', 'videoSeconds', 'duration'),
  action('Screen Share Duration', 'screenShareSeconds', 'duration'),
  action('Audio Duration In Seconds', 'audioSeconds'),
  action('Video Duration In Seconds', 'videoSeconds'),
  action('Screen Share Duration In Seconds', 'screenShareSeconds'),
]

/** Every column of `getTeamsUserActivityUserDetail`, in no particular order. */
const DETAIL_COLUMNS: Column<DetailRow>[] = [
  ...teamsUserColumns(),
  assignedProductsColumn('Assigned Products'),
  { header: 'Tenant Display Name', field: 'tenantDisplayName', kind: 'text', value: (row) => row.tenantDisplayName },
  // No shared channels with other tenants in the fake's organisation [I].
  {
    header: 'Shared Channel Tenant Display Names',
    field: 'sharedChannelTenantDisplayNames',
    kind: 'text',
    value: () => '',
  },
  ...DETAIL_ACTIONS.map(
    ({ header, field, lane, kind }): Column<DetailRow> => ({
      header,
      field,
      kind: kind ?? 'count',
      value: (row) => row.counts[lane] as number,
    }),
  ),
  {
    header: 'Has Other Action',
    field: 'hasOtherAction',
    kind: 'yesNo',
    value: (row) => (row.counts[OTHER_ACTIONS] as number) > 0,
  },
]

/** The order of a real export (cli-microsoft365's 2022-10 sample, spec §1.10): the default. */
const OBSERVED_DETAIL = [
  'Report Refresh Date',
  'User Id',
  'User Principal Name',
  'Last Activity Date',
  'Is Deleted',
  'Deleted Date',
  'Assigned Products',
  'Team Chat Message Count',
  'Private Chat Message Count',
  'Call Count',
  'Meeting Count',
  'Meetings Organized Count',
  'Meetings Attended Count',
  'Ad Hoc Meetings Organized Count',
  'Ad Hoc Meetings Attended Count',
  'Scheduled One-time Meetings Organized Count',
  'Scheduled One-time Meetings Attended Count',
  'Scheduled Recurring Meetings Organized Count',
  'Scheduled Recurring Meetings Attended Count',
  'Audio Duration',
  'Video Duration',
  'Screen Share Duration',
  'Audio Duration In Seconds',
  'Video Duration In Seconds',
  'Screen Share Duration In Seconds',
  'Has Other Action',
  'Urgent Messages',
  'Post Messages',
  'Tenant Display Name',
  'Shared Channel Tenant Display Names',
  'Reply Messages',
  'Is Licensed',
  'Report Period',
]

/** The order of Graph's reference page and its sample header (spec §1.10). */
const DOCUMENTED_DETAIL = [
  'Report Refresh Date',
  'Tenant Display Name',
  'Shared Channel Tenant Display Names',
  'User Id',
  'User Principal Name',
  'Last Activity Date',
  'Is Deleted',
  'Deleted Date',
  'Assigned Products',
  ...DETAIL_ACTIONS.map(({ header }) => header),
  'Has Other Action',
  'Is Licensed',
  'Report Period',
]

export const TEAMS_DETAIL_COLUMNS = columnsInOrder(DETAIL_COLUMNS, OBSERVED_DETAIL)
export const TEAMS_DETAIL_DOCUMENTED_COLUMNS = columnsInOrder(DETAIL_COLUMNS, DOCUMENTED_DETAIL)

/** `getTeamsUserActivityCounts` as a real export heads it: Report Date second, `Meetings Organized Count`. */
export const TEAMS_DAY_ACTIONS = [
  action('Team Chat Messages', 'teamChatMessages', 'count'),
  action('Private Chat Messages', 'privateChatMessages', 'count'),
  action('Calls', 'calls', 'count'),
  action('Meetings', 'meetings', 'count'),
  action('Meetings Organized Count', 'meetingsOrganized', 'count'),
  action('Meetings Attended Count', 'meetingsAttended', 'count'),
  action('Audio Duration', 'audioSeconds', 'durationTally'),
  action('Video Duration', 'videoSeconds', 'durationTally'),
  action('Screen Share Duration', 'screenShareSeconds', 'durationTally'),
  action('Post Messages', 'postMessages', 'count'),
  action('Reply Messages', 'replyMessages', 'count'),
]

/** `getTeamsUserActivityCounts` as the reference heads it: another order, `Meetings Organized`. */
export const TEAMS_DAY_DOCUMENTED_ACTIONS = [
  action('Team Chat Messages', 'teamChatMessages', 'count'),
  action('Post Messages', 'postMessages', 'count'),
  action('Reply Messages', 'replyMessages', 'count'),
  action('Private Chat Messages', 'privateChatMessages', 'count'),
  action('Calls', 'calls', 'count'),
  action('Meetings', 'meetings', 'count'),
  action('Audio Duration', 'audioSeconds', 'durationTally'),
  action('Video Duration', 'videoSeconds', 'durationTally'),
  action('Screen Share Duration', 'screenShareSeconds', 'durationTally'),
  action('Meetings Organized', 'meetingsOrganized', 'count'),
  action('Meetings Attended', 'meetingsAttended', 'count'),
]

/** `getTeamsUserActivityUserCounts`: users who did each, and who did anything else. */
export const TEAMS_USER_ACTIONS = [
  action('Team Chat Messages', 'teamChatMessages', 'count'),
  action('Private Chat Messages', 'privateChatMessages', 'count'),
  action('Calls', 'calls', 'count'),
  action('Meetings', 'meetings', 'count'),
  action('Other Actions', 'otherActions', 'count'),
]

/** The user-activity distributions (beta): users who did each over the period, `0` where none did. */
export const TEAMS_DISTRIBUTION_USER_ACTIONS = TEAMS_USER_ACTIONS.slice(0, 4)

/**
 * `getTeamsUserActivityTotalDistributionCounts` as the beta reference heads it: the period's sums
 * in the real daily export's order, but `Meetings Organized` without `Count`.
 */
export const TEAMS_TOTAL_DISTRIBUTION_ACTIONS = [
  action('Team Chat Messages', 'teamChatMessages', 'count'),
  action('Private Chat Messages', 'privateChatMessages', 'count'),
  action('Calls', 'calls', 'count'),
  action('Meetings', 'meetings', 'count'),
  action('Meetings Organized', 'meetingsOrganized', 'count'),
  action('Meetings Attended', 'meetingsAttended', 'count'),
  action('Audio Duration', 'audioSeconds', 'durationTally'),
  action('Video Duration', 'videoSeconds', 'durationTally'),
  action('Screen Share Duration', 'screenShareSeconds', 'durationTally'),
  action('Post Messages', 'postMessages', 'count'),
  action('Reply Messages', 'replyMessages', 'count'),
]
