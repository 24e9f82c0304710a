import { ENGAGE_GROUP_DETAIL_COLUMNS, type EngageGroupRow, engageGroupRows } from '../engage-groups-activity'
import type { ReportDefinition } from '../report-definition'

/** `getYammerGroupsActivityDetail`: per Viva Engage community, its owner, members and messages over the span. */
export const yammerGroupsActivityDetail: ReportDefinition<EngageGroupRow> = {
  name: 'getYammerGroupsActivityDetail',
  summary: 'Viva Engage groups Detail, every community with its owner, members, posts, reads and likes over the period',
  jsonType: 'yammerGroupsActivityDetail',
  acceptsDate: true,
  columns: ENGAGE_GROUP_DETAIL_COLUMNS,
  rows: (request, from) => engageGroupRows(request, from),
  position: (row) => row.index,
}
