import {
  type Day,
  GROUP_ENGAGE_ACTIONS,
  groupEmailsReceived,
  groupEmailsReceivedBetween,
  groupEngageBetween,
  groupEngageCounts,
  groupLastActivity,
  groupMailboxItemCount,
  groupMailboxStorageUsed,
  groupSiteActiveFileCount,
  groupSiteActiveFilesBetween,
  groupSiteFileCount,
  groupSiteStorageUsed,
  type TenantGroup,
} from '@fake-graph/tenant'
import type { Column } from './column'
import { columnsInOrder } from './columns-in-order'
import { type GroupRow, groupDetailOpening, groupRows } from './group-rows'
import { IDLE, type Idle } from './idle'
import type { ReportRequest } from './report-request'
import { reportPeriodColumn } from './standard-columns'

/** The lanes of a group's activity over a span: what the Groups Detail and counts read. */
export const GROUP_LANES = {
  emailsReceived: 0,
  activeFiles: 1,
  posted: 2,
  read: 3,
  liked: 4,
  mailboxItems: 5,
  mailboxStorage: 6,
  siteFiles: 7,
  siteStorage: 8,
} as const
const LANES = 9

export interface GroupsActivityRow extends GroupRow {
  readonly numbers: readonly number[]
  readonly lastActivityDate: Day | null
}

/**
 * What one group did on `day`, added into `lanes`: mail received, site files active, Engage
 * messages; and what it held at the end of the day, mailbox and site. The Detail sums the first
 * over its span and reads the second on its last day; the counts reports add both per day.
 */
export function addGroupDay(group: TenantGroup, day: Day, lanes: Float64Array | number[], scratch: number[]): void {
  lanes[GROUP_LANES.emailsReceived] = (lanes[GROUP_LANES.emailsReceived] as number) + groupEmailsReceived(group, day)
  lanes[GROUP_LANES.activeFiles] = (lanes[GROUP_LANES.activeFiles] as number) + groupSiteActiveFileCount(group, day)
  groupEngageCounts(group, day, scratch)
  for (let action = 0; action < GROUP_ENGAGE_ACTIONS.length; action++)
    lanes[GROUP_LANES.posted + action] = (lanes[GROUP_LANES.posted + action] as number) + (scratch[action] as number)
}

/** What the group held at the end of `day`, into `lanes`. */
export function heldOn(group: TenantGroup, day: Day, lanes: Float64Array | number[]): void {
  lanes[GROUP_LANES.mailboxItems] = groupMailboxItemCount(group, day)
  lanes[GROUP_LANES.mailboxStorage] = groupMailboxStorageUsed(group, day)
  lanes[GROUP_LANES.siteFiles] = groupSiteFileCount(group, day)
  lanes[GROUP_LANES.siteStorage] = groupSiteStorageUsed(group, day)
}

/**
 * The Groups Detail's rows: each listed group with its activity summed over the span and what it
 * held on the span's last day. Active files are summed over the days, at most the files the site
 * holds [I]: the real count is of distinct files, which a sum of days can only overstate.
 */
export function* groupsActivityRows(request: ReportRequest, start?: number): Generator<GroupsActivityRow | Idle> {
  const engage = [0, 0, 0]
  for (const row of groupRows(request, start)) {
    if (row === IDLE) {
      yield row
      continue
    }
    const { group, from, asOf } = row
    const numbers = new Array<number>(LANES).fill(0)
    heldOn(group, asOf, numbers)
    numbers[GROUP_LANES.emailsReceived] = groupEmailsReceivedBetween(group, from, asOf)
    numbers[GROUP_LANES.activeFiles] = Math.min(
      groupSiteActiveFilesBetween(group, from, asOf),
      numbers[GROUP_LANES.siteFiles] as number,
    )
    groupEngageBetween(group, from, asOf, engage)
    for (let action = 0; action < GROUP_ENGAGE_ACTIONS.length; action++)
      numbers[GROUP_LANES.posted + action] = engage[action] as number
    yield { ...row, numbers, lastActivityDate: groupLastActivity(group, asOf) }
  }
}

const lane =
  (at: number) =>
  (row: GroupsActivityRow): number =>
    row.numbers[at] as number

/**
 * The Groups Detail's columns in the real export's order (cli-microsoft365, 2023): the reference's,
 * with Group Id before Report Period. Activity left empty where zero, as the real export does; what
 * a group holds printed, zero included.
 */
export const GROUPS_DETAIL_COLUMNS: readonly Column<GroupsActivityRow>[] = [
  ...groupDetailOpening<GroupsActivityRow>(),
  { header: 'Group Type', field: 'groupType', kind: 'text', value: (row) => row.group.type },
  { header: 'Member Count', field: 'memberCount', kind: 'count', value: (row) => row.group.memberCount },
  {
    header: 'External Member Count',
    field: 'externalMemberCount',
    kind: 'count',
    value: (row) => row.group.externalMemberCount,
  },
  {
    header: 'Exchange Received Email Count',
    field: 'exchangeReceivedEmailCount',
    kind: 'tally',
    value: lane(GROUP_LANES.emailsReceived),
  },
  {
    header: 'SharePoint Active File Count',
    field: 'sharePointActiveFileCount',
    kind: 'tally',
    value: lane(GROUP_LANES.activeFiles),
  },
  {
    header: 'Yammer Posted Message Count',
    field: 'yammerPostedMessageCount',
    kind: 'tally',
    value: lane(GROUP_LANES.posted),
  },
  {
    header: 'Yammer Read Message Count',
    field: 'yammerReadMessageCount',
    kind: 'tally',
    value: lane(GROUP_LANES.read),
  },
  {
    header: 'Yammer Liked Message Count',
    field: 'yammerLikedMessageCount',
    kind: 'tally',
    value: lane(GROUP_LANES.liked),
  },
  {
    header: 'Exchange Mailbox Total Item Count',
    field: 'exchangeMailboxTotalItemCount',
    kind: 'count',
    value: lane(GROUP_LANES.mailboxItems),
  },
  {
    header: 'Exchange Mailbox Storage Used (Byte)',
    field: 'exchangeMailboxStorageUsedInBytes',
    kind: 'count',
    value: lane(GROUP_LANES.mailboxStorage),
  },
  {
    header: 'SharePoint Total File Count',
    field: 'sharePointTotalFileCount',
    kind: 'count',
    value: lane(GROUP_LANES.siteFiles),
  },
  {
    header: 'SharePoint Site Storage Used (Byte)',
    field: 'sharePointSiteStorageUsedInBytes',
    kind: 'count',
    value: lane(GROUP_LANES.siteStorage),
  },
  { header: 'Group Id', field: 'groupId', kind: 'text', value: (row) => row.groupId },
  reportPeriodColumn(),
]

/** The reference's order (it has no Group Id; the column-order setting keeps it, last). */
export const GROUPS_DETAIL_DOCUMENTED_COLUMNS = columnsInOrder(GROUPS_DETAIL_COLUMNS, [
  ...GROUPS_DETAIL_COLUMNS.map((column) => column.header).filter(
    (header) => header !== 'Group Id' && header !== 'Report Period',
  ),
  'Report Period',
  'Group Id',
])
