import { findCoprime, inverseModulo } from './coprime'
import type { Day } from './day'
import { type GroupProfile, PROFILE_SLOT } from './group-days'
import { groupNameAt, mailNicknameOf } from './group-names'
import type { GroupSite, TenantGroup, TenantGroups, TenantGroupsOptions } from './groups'
import { createRandom, hashSeed } from './random'
import { sharePointHost } from './sharepoint-host'
import { stringSeed } from './string-seed'
import type { Tenant, TenantUser } from './tenant'
import { userAt } from './user-at'
import { uuidFrom } from './uuid'

/**
 * One group per 12 users, plus All Company [U]: a team in Teams, a Planner plan, a shared mailbox
 * turned group and an Engage community each make a Microsoft 365 group, so a tenant holds several
 * per department; 12 users a group puts a 250-user tenant at 22 groups and a million users at
 * 83,335. Options of `tenantGroups` change it.
 */
export const DEFAULT_USERS_PER_GROUP = 12

/** The share of groups that are teams, private, Engage communities, deleted, with guests [U]. */
export const GROUP_PROFILE = {
  teamShare: 0.65,
  privateShare: 0.55,
  engageShare: 0.12,
  deletedShare: 0.03,
  guestShare: 0.35,
} as const

const SALT = 0x67727073

/**
 * The groups derived from the tenant's organisation id and each group's index: All Company, then
 * one per `usersPerGroup` users, each made on demand.
 */
export function derivedGroups(tenant: Tenant, options: TenantGroupsOptions): TenantGroups {
  const usersPerGroup = options.usersPerGroup ?? DEFAULT_USERS_PER_GROUP
  if (!(usersPerGroup >= 1)) throw new RangeError(`usersPerGroup must be at least 1, got ${usersPerGroup}`)
  const users = tenant.userCount
  const count = users === 0 ? 0 : Math.ceil(users / usersPerGroup) + 1
  const seed = hashSeed(stringSeed(tenant.organization.id), SALT)
  const host = sharePointHost(tenant.organization.domain)
  const nameOffset = createRandom(seed).int(0, 1 << 20)
  const group = (index: number): TenantGroup => deriveGroup(tenant, seed, host, nameOffset, index)
  return {
    count,
    group,
    groups: function* (from = 0) {
      for (let index = Math.max(0, from); index < count; index++) yield group(index)
    },
  }
}

function deriveGroup(tenant: Tenant, tenantSeed: number, host: string, nameOffset: number, index: number): TenantGroup {
  const random = createRandom(hashSeed(tenantSeed, index))
  const users = tenant.userCount
  const allCompany = index === 0
  const displayName = groupNameAt(index, nameOffset)
  const mailNickname = mailNicknameOf(displayName) || `group${index}`
  const id = uuidFrom(random)
  const siteId = uuidFrom(random)

  // Most groups are a handful of colleagues; a few are a whole division, never most of the tenant.
  const spread = random.next() + random.next() + random.next() - 1.5
  const wide = random.next() < 0.05
  const drawn = wide
    ? Math.min(Math.ceil(users / 3), 100 + Math.floor(900 * random.next() ** 2))
    : Math.round(8 * Math.exp(1.6 * spread))
  const memberCount = allCompany ? users : Math.min(users, Math.max(1, drawn))
  const memberStride = users <= 1 ? 1 : findCoprime(users, random.int(1, users - 1))
  const memberStart = random.int(0, Math.max(0, users - 1))
  const external = !allCompany && random.next() < GROUP_PROFILE.guestShare
  const externalMemberCount = external ? 1 + Math.floor(6 * random.next() ** 2) : 0

  // Groups came with the tenant's move to Microsoft 365, some years back, and keep coming.
  const createdDate = allCompany
    ? tenant.refreshDate - 1_600
    : tenant.refreshDate - 1 - Math.floor(1_500 * random.next() ** 0.8)
  const deleted = !allCompany && random.next() < GROUP_PROFILE.deletedShare
  const deletedDate = deleted ? Math.max(createdDate + 1, tenant.refreshDate - random.int(0, 29)) : null
  const isTeam = allCompany || random.next() < GROUP_PROFILE.teamShare
  const isEngage = allCompany || random.next() < GROUP_PROFILE.engageShare
  const isPrivate = !allCompany && random.next() < GROUP_PROFILE.privateShare
  return new DerivedGroup(tenant, {
    index,
    id,
    displayName,
    mailNickname,
    type: isPrivate ? 'Private' : 'Public',
    memberCount,
    externalMemberCount,
    createdDate,
    isDeleted: deletedDate !== null,
    deletedDate,
    isTeam,
    isEngage,
    seed: random.uint32() | 0,
    memberStart,
    memberStride,
    memberStrideInverse: users <= 1 ? 0 : inverseModulo(memberStride, users),
    site: { id: siteId, url: `https://${host}/sites/${mailNickname}` },
  })
}

type GroupFacts = Omit<TenantGroup, 'ownerIndex' | 'ownerPrincipalName' | 'ownerId'>

/**
 * A group whose owner is looked up only when read: the owner is a user to derive, the costliest
 * fact of a group, and the storage and counts reports never print it.
 */
class DerivedGroup implements TenantGroup {
  readonly index: number
  readonly id: string
  readonly displayName: string
  readonly mailNickname: string
  readonly type: 'Public' | 'Private'
  readonly memberCount: number
  readonly externalMemberCount: number
  readonly createdDate: Day
  readonly isDeleted: boolean
  readonly deletedDate: Day | null
  readonly isTeam: boolean
  readonly isEngage: boolean
  readonly seed: number
  readonly memberStart: number
  readonly memberStride: number
  readonly memberStrideInverse: number
  readonly site: GroupSite;
  /** Its profile, once a daily fact asks for it (group-days.ts). */
  [PROFILE_SLOT]: GroupProfile | undefined = undefined
  private owner: { index: number; user: TenantUser | undefined } | undefined

  constructor(
    private readonly tenant: Tenant,
    facts: GroupFacts,
  ) {
    this.index = facts.index
    this.id = facts.id
    this.displayName = facts.displayName
    this.mailNickname = facts.mailNickname
    this.type = facts.type
    this.memberCount = facts.memberCount
    this.externalMemberCount = facts.externalMemberCount
    this.createdDate = facts.createdDate
    this.isDeleted = facts.isDeleted
    this.deletedDate = facts.deletedDate
    this.isTeam = facts.isTeam
    this.isEngage = facts.isEngage
    this.seed = facts.seed
    this.memberStart = facts.memberStart
    this.memberStride = facts.memberStride
    this.memberStrideInverse = facts.memberStrideInverse
    this.site = facts.site
  }

  private ownerOf(): { index: number; user: TenantUser | undefined } {
    this.owner ??= ownerFrom(this.tenant, this)
    return this.owner
  }
  get ownerIndex(): number {
    return this.ownerOf().index
  }
  get ownerPrincipalName(): string {
    return this.ownerOf().user?.userPrincipalName ?? ''
  }
  get ownerId(): string {
    return this.ownerOf().user?.id ?? ''
  }
}

/**
 * The group's first member who holds a licence and is not deleted, among its first few (an
 * unlicensed account rarely owns a group); else the first not deleted; else the first.
 */
function ownerFrom(tenant: Tenant, group: GroupFacts): { index: number; user: TenantUser | undefined } {
  const users = tenant.userCount
  let first: { index: number; user: TenantUser | undefined } = { index: group.memberStart, user: undefined }
  let live: typeof first | undefined
  for (let k = 0; k < Math.min(8, group.memberCount); k++) {
    const at = (group.memberStart + k * group.memberStride) % users
    const user = userAt(tenant, at)
    if (k === 0) first = { index: at, user }
    if (!user || user.isDeleted) continue
    if (user.assignedProducts.length > 0) return { index: at, user }
    live ??= { index: at, user }
  }
  return live ?? first
}
