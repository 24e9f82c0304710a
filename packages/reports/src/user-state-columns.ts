import { SERVICES, type Service } from '@fake-graph/tenant'
import type { Column } from './column'
import type { DetailRow } from './detail-rows'

export interface UserStateHeaders {
  readonly userState: string
  readonly stateChangeDate: string
  /** The service whose licence made the user a member: its assign date is when they became active. */
  readonly service: Service
}

/**
 * Viva Engage's pair in place of Is Deleted and Deleted Date (docs/usage-reports.md §7): `deleted`
 * on the deleted date for the users the active-users Detail marks deleted, `active` since the
 * service's licence assign date (empty without one) for the others [I].
 */
export function userStateColumns<Row extends DetailRow>(headers: UserStateHeaders): Column<Row>[] {
  const bit = SERVICES.indexOf(headers.service)
  return [
    {
      header: headers.userState,
      field: 'userState',
      kind: 'text',
      value: (row) => (row.user.isDeleted ? 'deleted' : 'active'),
    },
    {
      header: headers.stateChangeDate,
      field: 'stateChangeDate',
      kind: 'date',
      value: (row) => (row.user.isDeleted ? row.user.deletedDate : (row.licenseAssignDates[bit] ?? null)),
    },
  ]
}
