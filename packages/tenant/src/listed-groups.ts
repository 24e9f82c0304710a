import { formatDay } from './day'
import { drain } from './drain'
import { withProfileSlot } from './group-days'
import { mailNicknameOf } from './group-names'
import type { GroupSite, TenantGroup, TenantGroups } from './groups'
import { type HeldList, heldFrom } from './held-list'
import { claim, type ListedWindow, listedLifespan } from './listed-lifespan'
import { createRandom, hashSeed } from './random'
import { sharePointHost } from './sharepoint-host'
import { stringSeed } from './string-seed'
import type { TenantUser } from './tenant'
import { TenantError } from './tenant-error'
import { userNamed } from './user-named'
import { uuidFrom } from './uuid'

/** A group as written in a scenario file (see tenant.schema.json's `groups`). */
export interface GroupRecord {
  id: string
  displayName: string
  type?: 'Public' | 'Private'
  /** The owner's user principal name: a user of the file, and a member whether listed or not; none for an ownerless group. */
  owner?: string
  /** The members' user principal names. */
  members?: string[]
  externalMembers?: number
  createdDate?: string
  deletedDate?: string | null
  team?: boolean
  engage?: boolean
}

const SITE_SALT = 0x73697465

/**
 * The groups a scenario lists, in its order, with their members as indexes of `users`. Their
 * daily facts (files, mail, messages) derive from a hash of the id, as a derived group's derive
 * from its seed: only who they are and who is in them is the file's. A member who is not a user
 * is refused, unless `strict` is false: an editable scenario whose users changed after it was
 * made then drops them (and a group whose owner went has none), rather than fail a report.
 */
export function listedGroups(
  records: readonly GroupRecord[],
  users: readonly TenantUser[],
  window: ListedWindow,
  strict = true,
): TenantGroup[] {
  return drain(listingGroups(records, users, window, strict))
}

/** Members and groups read between two steps of `listingGroups`: a few milliseconds of a large file. */
const MEMBERS_PER_STEP = 4_096

/** What a group costs beside its members, in members: its names, site and draws (about 16 members' reading). */
const GROUP_WEIGHT = 16

/**
 * `listedGroups` a few thousand members at a time: it yields between groups, so that a server
 * loading a large scenario can answer other requests meanwhile.
 */
export function* listingGroups(
  records: readonly GroupRecord[],
  users: readonly TenantUser[],
  window: ListedWindow,
  strict = true,
): Generator<void, TenantGroup[]> {
  const named = userNamed(users)
  const host = sharePointHost(window.domain)
  const ids = new Map<string, string>()
  const urls = new Map<string, string>()
  const groups: TenantGroup[] = []
  let read = 0
  for (const [index, record] of records.entries()) {
    groups.push(listedGroup(record, index))
    read += GROUP_WEIGHT + (record.members?.length ?? 0)
    if (read >= MEMBERS_PER_STEP) {
      read = 0
      yield
    }
  }
  return groups

  function listedGroup(record: GroupRecord, index: number): TenantGroup {
    const path = `groups/${index}`
    claim(ids, record.id, path, 'id', 'id')
    const indexOf = (name: string, field: string) => {
      const at = named(name)
      if (at === undefined && strict)
        throw new TenantError(`${path}/${field}`, `is not a user of the tenant: "${name}"`)
      return at ?? -1
    }
    const ownerIndex = record.owner === undefined ? -1 : indexOf(record.owner, 'owner')
    const members = new Set(
      [ownerIndex, ...(record.members ?? []).map((name, at) => indexOf(name, `members/${at}`))].filter((at) => at >= 0),
    )
    const ownerDeleted = strict ? users[ownerIndex]?.deletedDate : undefined
    const { createdDate, deletedDate } = listedLifespan(record, window, path, 'group', ownerDeleted)
    const owner = users[ownerIndex]
    const mailNickname = mailNicknameOf(record.displayName) || `group${index}`
    const site: GroupSite = {
      id: uuidFrom(createRandom(hashSeed(stringSeed(record.id), SITE_SALT))),
      url: `https://${host}/sites/${mailNickname}`,
    }
    claim(urls, site.url, path, 'displayName', 'site URL')
    return withProfileSlot({
      index,
      id: record.id,
      displayName: record.displayName,
      mailNickname,
      type: record.type ?? 'Public',
      ownerIndex,
      ownerPrincipalName: owner?.userPrincipalName ?? '',
      ownerId: owner?.id ?? '',
      memberCount: members.size,
      externalMemberCount: record.externalMembers ?? 0,
      createdDate,
      isDeleted: deletedDate !== null,
      deletedDate,
      isTeam: record.team ?? false,
      isEngage: record.engage ?? false,
      seed: stringSeed(record.id),
      memberStart: 0,
      memberStride: 0,
      memberStrideInverse: 0,
      memberIndexes: members,
      site,
    })
  }
}

/** The groups of a tenant that lists its own. */
export function heldGroups(groups: HeldList<TenantGroup>): TenantGroups {
  return {
    count: groups.length,
    group: (index) => groups.at(index) as TenantGroup,
    groups: (from = 0) => heldFrom(groups, from),
  }
}

/** Turns a listed group back into the record a scenario file would hold. */
export function toGroupRecord(group: TenantGroup, users: readonly TenantUser[]): GroupRecord {
  const owner = users[group.ownerIndex]?.userPrincipalName
  const members = [...(group.memberIndexes ?? [])]
    .filter((index) => index !== group.ownerIndex)
    .map((index) => (users[index] as TenantUser).userPrincipalName)
  return {
    id: group.id,
    displayName: group.displayName,
    type: group.type,
    ...(owner === undefined ? {} : { owner }),
    members,
    externalMembers: group.externalMemberCount,
    createdDate: formatDay(group.createdDate),
    deletedDate: group.deletedDate === null ? null : formatDay(group.deletedDate),
    team: group.isTeam,
    engage: group.isEngage,
  }
}
