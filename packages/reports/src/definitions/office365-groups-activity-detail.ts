import type { GroupsActivityRow } from '../groups-activity'
import { GROUPS_DETAIL_COLUMNS, GROUPS_DETAIL_DOCUMENTED_COLUMNS, groupsActivityRows } from '../groups-activity'
import type { ReportDefinition } from '../report-definition'

/**
 * `getOffice365GroupsActivityDetail`: per Microsoft 365 group, its owner, members, mail, files and
 * Engage messages over the span and what its mailbox and site hold; Group Id before Report Period,
 * as the real export has it.
 */
export const office365GroupsActivityDetail: ReportDefinition<GroupsActivityRow> = {
  name: 'getOffice365GroupsActivityDetail',
  summary:
    'Microsoft 365 Groups Detail, every group with its owner, members, mail, files and Engage messages over the period',
  jsonType: 'office365GroupsActivityDetail',
  acceptsDate: true,
  columns: GROUPS_DETAIL_COLUMNS,
  documentedColumns: GROUPS_DETAIL_DOCUMENTED_COLUMNS,
  rows: (request, from) => groupsActivityRows(request, from),
  position: (row) => row.index,
}
