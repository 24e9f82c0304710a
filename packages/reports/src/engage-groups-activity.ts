import { type Day, engageLastActivity, groupEngageBetween, isEngageActiveOn } from '@fake-graph/tenant'
import type { Column } from './column'
import { type GroupRow, groupDetailOpening, groupRows } from './group-rows'
import { IDLE, type Idle } from './idle'
import type { ReportRequest } from './report-request'
import { reportPeriodColumn } from './standard-columns'

export interface EngageGroupRow extends GroupRow {
  /** Posted, read, liked over the span. */
  readonly numbers: readonly number[]
  readonly lastActivityDate: Day | null
}

/** The Engage groups Detail's rows: the tenant's Engage communities, with their messages over the span. */
export function* engageGroupRows(request: ReportRequest, start?: number): Generator<EngageGroupRow | Idle> {
  for (const row of groupRows(request, start, (group) => group.isEngage, isEngageActiveOn)) {
    if (row === IDLE) {
      yield row
      continue
    }
    const numbers = [0, 0, 0]
    groupEngageBetween(row.group, row.from, row.asOf, numbers)
    yield { ...row, numbers, lastActivityDate: engageLastActivity(row.group, row.asOf) }
  }
}

/**
 * The Engage groups Detail's columns (spec §1.13): Group Type in lower case, Office 365 Connected
 * `Yes`, as every community of a network in native mode is a Microsoft 365 group [I], and the
 * message counts empty where zero, as the real export leaves them (docs/usage-reports.md §15).
 */
export const ENGAGE_GROUP_DETAIL_COLUMNS: readonly Column<EngageGroupRow>[] = [
  ...groupDetailOpening<EngageGroupRow>(),
  { header: 'Group Type', field: 'groupType', kind: 'text', value: (row) => row.group.type.toLowerCase() },
  { header: 'Office 365 Connected', field: 'office365Connected', kind: 'yesNo', value: () => true },
  { header: 'Member Count', field: 'memberCount', kind: 'count', value: (row) => row.group.memberCount },
  { header: 'Posted Count', field: 'postedCount', kind: 'tally', value: (row) => row.numbers[0] as number },
  { header: 'Read Count', field: 'readCount', kind: 'tally', value: (row) => row.numbers[1] as number },
  { header: 'Liked Count', field: 'likedCount', kind: 'tally', value: (row) => row.numbers[2] as number },
  reportPeriodColumn(),
]
