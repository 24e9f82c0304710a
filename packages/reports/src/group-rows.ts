import { type Day, existedDuring, isGroupActiveOn, type TenantGroup, tenantGroups } from '@fake-graph/tenant'
import type { Column } from './column'
import { concealedId } from './concealed-id'
import { nameConcealer } from './concealed-name'
import { IDLE, type Idle, USERS_PER_IDLE } from './idle'
import { type ReportRequest, selectionSpan } from './report-request'
import { refreshDateColumn } from './standard-columns'

/** One group of a per-group Detail (Groups, Teams team, Engage groups), its names as the report prints them. */
export interface GroupRow {
  /** The group's place in the tenant: a page of rows resumes there. */
  readonly index: number
  readonly refreshDate: Day
  readonly group: TenantGroup
  readonly displayName: string
  readonly ownerPrincipalName: string
  /** The group's id, or the zero GUID where names are concealed. */
  readonly groupId: string
  /** The span the row's counts cover: the period, or the one day asked for. */
  readonly from: Day
  readonly asOf: Day
  /** 1 for a Detail asked for a date. */
  readonly period: number
}

/**
 * One row per group the Detail lists, from the group at index `start`, among those `include` keeps
 * (teams, Engage communities).
 * - For a period: every group that existed at some time in it (a deleted group stays until the
 *   period no longer reaches back to its deletion), as the user Details keep deleted users.
 * - For a date: every group active on that date.
 * Yields IDLE every few hundred groups it passes over.
 */
export function* groupRows(
  { tenant, selection, concealNames }: ReportRequest,
  start = 0,
  include: (group: TenantGroup) => boolean = () => true,
  activeOn: (group: TenantGroup, day: Day) => boolean = isGroupActiveOn,
): Generator<GroupRow | Idle> {
  const span = selectionSpan(tenant, selection)
  if (!span) return
  const { forDate, from, to: asOf, period } = span
  const conceal = concealNames ? nameConcealer(tenant) : undefined
  let passed = 0
  for (const group of tenantGroups(tenant).groups(Math.max(0, start))) {
    const listed = include(group) && (forDate ? activeOn(group, asOf) : existedIn(group, from, asOf))
    if (!listed) {
      if (++passed % USERS_PER_IDLE === 0) yield IDLE
      continue
    }
    yield {
      index: group.index,
      refreshDate: tenant.refreshDate,
      group,
      displayName: conceal ? conceal('groupDisplayName', group.id) : group.displayName,
      ownerPrincipalName:
        conceal && group.ownerId !== '' ? conceal('userPrincipalName', group.ownerId) : group.ownerPrincipalName,
      groupId: conceal ? (concealedId(group.id) as string) : group.id,
      from,
      asOf,
      period,
    }
  }
}

function existedIn(group: TenantGroup, from: Day, to: Day): boolean {
  return existedDuring(group.createdDate, group.deletedDate, from, to)
}

/** The columns every per-group Detail opens with (Groups, Engage groups): who, whether deleted, whose, when last active. */
export function groupDetailOpening<Row extends GroupRow & { readonly lastActivityDate: Day | null }>(): Column<Row>[] {
  return [
    refreshDateColumn(),
    { header: 'Group Display Name', field: 'groupDisplayName', kind: 'text', value: (row) => row.displayName },
    { header: 'Is Deleted', field: 'isDeleted', kind: 'bool', value: (row) => row.group.isDeleted },
    {
      header: 'Owner Principal Name',
      field: 'ownerPrincipalName',
      kind: 'text',
      value: (row) => row.ownerPrincipalName,
    },
    { header: 'Last Activity Date', field: 'lastActivityDate', kind: 'date', value: (row) => row.lastActivityDate },
  ]
}
