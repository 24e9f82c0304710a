import type { Day } from './day'
import { derivedGroups } from './derived-groups'
import { existsOn } from './lifespan'
import { heldGroups } from './listed-groups'
import type { Tenant } from './tenant'

/**
 * One Microsoft 365 group as the Groups, Teams team and Engage groups reports see it: derived
 * from the tenant and the group's index (derived-groups.ts), or listed by a scenario
 * (listed-groups.ts). Daily facts (files, mail, messages) are functions of the group and a day
 * (group-site.ts, group-mailbox.ts…), never held.
 */
export interface TenantGroup {
  /** The group's place in the tenant's order, from 0 (All Company). */
  readonly index: number
  readonly id: string
  readonly displayName: string
  readonly mailNickname: string
  readonly type: 'Public' | 'Private'
  /** The owner: a derived group's is among its first members, one licensed and not deleted where there is one. */
  readonly ownerIndex: number
  readonly ownerPrincipalName: string
  /** The owner's user id (what a concealed report hashes for Owner Principal Name). */
  readonly ownerId: string
  /** Members, the owner included; see `isGroupMember` for which users they are. */
  readonly memberCount: number
  /** Guests from outside the organisation, beside the members. */
  readonly externalMemberCount: number
  readonly createdDate: Day
  readonly isDeleted: boolean
  /** The day the group was deleted: it lingers soft-deleted for 30 days, and in the reports. */
  readonly deletedDate: Day | null
  /** Whether the group is a Microsoft Teams team. */
  readonly isTeam: boolean
  /** Whether the group is a Viva Engage community (an Engage group connected to Microsoft 365). */
  readonly isEngage: boolean
  /** What the group's daily facts derive from, as a user's workload seed is for theirs. */
  readonly seed: number
  /**
   * A derived group's members are users (memberStart + k · memberStride) mod userCount for k
   * below memberCount; a scenario's group lists them in `memberIndexes` instead.
   */
  readonly memberStart: number
  readonly memberStride: number
  readonly memberStrideInverse: number
  /** The members' indexes, for a group a scenario lists (listed-groups.ts). */
  readonly memberIndexes?: ReadonlySet<number>
  /** The group-connected SharePoint site. */
  readonly site: GroupSite
}

export interface GroupSite {
  readonly id: string
  readonly url: string
}

/** The groups of one tenant: how many, and each derived on demand. */
export interface TenantGroups {
  readonly count: number
  /** Groups in a stable order from index `from`, derived on every pass (bounded memory). */
  groups(from?: number): Iterable<TenantGroup>
  group(index: number): TenantGroup
}

/** 25 TiB, what SharePoint allocates a group's site by default (Storage Allocated (Byte)). */
export const GROUP_SITE_STORAGE_ALLOCATED = 27_487_790_694_400

export interface TenantGroupsOptions {
  /** Users per group; the count is ⌈users / usersPerGroup⌉ plus All Company, none for no users. */
  readonly usersPerGroup?: number
}

/**
 * The groups of `tenant`: those a scenario lists, or else derived from its organisation id and
 * each group's index, so the same tenant gives the same groups on every pass and a million-user
 * tenant's tens of thousands of groups stream without being held.
 *
 * @example
 * const { count, groups } = tenantGroups(generateTenant({ seed: 42, users: 250, now }))
 * count // 22
 */
export function tenantGroups(tenant: Tenant, options: TenantGroupsOptions = {}): TenantGroups {
  return tenant.groups ? heldGroups(tenant.groups) : derivedGroups(tenant, options)
}

/** Whether the user at `userIndex` is a member of the group (the owner is). */
export function isGroupMember(group: TenantGroup, userIndex: number, userCount: number): boolean {
  if (userIndex < 0 || userIndex >= userCount || group.memberCount === 0) return false
  if (group.memberIndexes) return group.memberIndexes.has(userIndex)
  const offset = (userIndex - group.memberStart + userCount) % userCount
  return (offset * group.memberStrideInverse) % userCount < group.memberCount
}

/** Whether the group existed on `day`: created on or before it, and not yet deleted. */
export function groupExistsOn(group: TenantGroup, day: Day): boolean {
  return existsOn(group.createdDate, group.deletedDate, day)
}
