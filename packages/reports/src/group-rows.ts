import {
  type Day,
  groupExistsOn,
  isGroupActiveOn,
  type Tenant,
  type TenantGroup,
  tenantGroups,
} from '@fake-graph/tenant'
import { concealedId } from './concealed-id'
import { nameConcealer } from './concealed-name'
import { IDLE, type Idle, USERS_PER_IDLE } from './idle'
import { periodStart, type ReportRequest } from './report-request'

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
  const forDate = 'date' in selection
  const asOf = forDate ? selection.date : tenant.refreshDate
  const from = forDate ? selection.date : periodStart(tenant, selection.period)
  if (forDate && (asOf > tenant.refreshDate || asOf < tenant.firstDay)) return
  const period = forDate ? 1 : selection.period
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
  return group.createdDate <= to && (group.deletedDate === null || group.deletedDate > from)
}

/** Adds what one group counts on `day` to `lanes`, one per column. */
export type GroupDay = (group: TenantGroup, day: Day, lanes: Float64Array) => void

/**
 * Per day of the span and lane, the sum over the groups `include` keeps of what `add` counts on
 * the days each existed: one pass over the groups. Float64, as storage sums pass 2³¹ bytes.
 */
export function* tallyGroupDays(
  tenant: Tenant,
  from: Day,
  days: number,
  lanes: number,
  add: GroupDay,
  include: (group: TenantGroup) => boolean = () => true,
): Generator<Idle, Float64Array> {
  const tally = new Float64Array(days * lanes)
  let passed = 0
  for (const group of tenantGroups(tenant).groups()) {
    if (++passed % USERS_PER_IDLE === 0) yield IDLE
    if (!include(group)) continue
    for (let day = 0; day < days; day++) {
      if (groupExistsOn(group, from + day)) add(group, from + day, tally.subarray(day * lanes, (day + 1) * lanes))
    }
  }
  return tally
}
