import { describe, expect, it } from 'vitest'
import { formatDay } from './day'
import { isGroupMember, tenantGroups } from './groups'
import { loadTenant } from './load-tenant'
import { createScenario } from './scenario'
import { tenantSites } from './sharepoint-sites'
import type { TenantRecord } from './tenant-record'
import { toTenantRecord } from './tenant-record'
import { smallRecord } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const ADELE = 'adele.vance@contoso.onmicrosoft.com'
const MEGAN = 'megan.bowen@contoso.onmicrosoft.com'
const LEE = 'lee.gu@contoso.onmicrosoft.com'
const GROUPS = [
  {
    id: '11111111-2222-4333-8444-555555555555',
    displayName: 'Project Falcon',
    type: 'Private',
    owner: ADELE,
    members: [MEGAN, LEE],
    externalMembers: 2,
    createdDate: '2026-03-01',
    team: true,
  },
  { id: '66666666-7777-4888-8999-000000000000', displayName: 'Coffee Club', owner: MEGAN, engage: true },
]

/** The small scenario with `groups` listed (a copy of GROUPS unless given). */
function scenario(groups: unknown = structuredClone(GROUPS)): TenantRecord {
  return { ...smallRecord(), groups } as TenantRecord
}

describe('a scenario’s groups (docs/usage-reports.md §21)', () => {
  it('are the tenant’s groups, exactly, with the members, owner, dates and kinds the file gives', () => {
    const tenant = loadTenant(scenario(), { now })
    const groups = tenantGroups(tenant)
    expect(groups.count).toBe(2)
    const [falcon, club] = [...groups.groups()]
    expect(falcon).toMatchObject({
      index: 0,
      displayName: 'Project Falcon',
      mailNickname: 'ProjectFalcon',
      type: 'Private',
      ownerPrincipalName: ADELE,
      memberCount: 3,
      externalMemberCount: 2,
      isTeam: true,
      isEngage: false,
      isDeleted: false,
      site: { url: 'https://contoso.sharepoint.com/sites/ProjectFalcon' },
    })
    expect(formatDay(falcon?.createdDate ?? 0)).toBe('2026-03-01')
    // Defaults: Public, the owner the only member, no guests, a year old, neither team nor community.
    expect(club).toMatchObject({
      type: 'Public',
      memberCount: 1,
      externalMemberCount: 0,
      isTeam: false,
      isEngage: true,
    })
    expect(formatDay(club?.createdDate ?? 0)).toBe('2025-11-25')
    const members = [...tenant.users()].flatMap((user, index) =>
      falcon && isGroupMember(falcon, index, tenant.userCount) ? [user.userPrincipalName] : [],
    )
    expect(members).toEqual([ADELE, MEGAN, LEE])
  })

  it('give the SharePoint sites their group sites, and the same facts on every load', () => {
    const sites = [...tenantSites(loadTenant(scenario(), { now })).sites()].filter((site) => site.group)
    expect(sites.map((site) => site.url)).toEqual([
      'https://contoso.sharepoint.com/sites/ProjectFalcon',
      'https://contoso.sharepoint.com/sites/CoffeeClub',
    ])
    const again = [...tenantSites(loadTenant(scenario(), { now })).sites()].filter((site) => site.group)
    expect(again.map((site) => site.id)).toEqual(sites.map((site) => site.id))
  })

  it('round-trip through the record; a tenant without them derives its own and writes none', () => {
    const tenant = loadTenant(scenario(), { now })
    const record = toTenantRecord(tenant)
    expect(record.groups?.[0]).toEqual({ ...GROUPS[0], deletedDate: null, engage: false })
    expect([...tenantGroups(loadTenant(record, { now })).groups()]).toEqual([...tenantGroups(tenant).groups()])
    const plain = loadTenant(smallRecord(), { now })
    expect(tenantGroups(plain).count).toBeGreaterThan(0)
    expect(toTenantRecord(plain)).not.toHaveProperty('groups')
  })

  it('follow an editable scenario’s users: a member removed leaves the group, an owner removed leaves it ownerless', async () => {
    const edited = await createScenario(scenario(), { now })
    await edited.users.delete((q) => q.where({ userPrincipalName: LEE }))
    expect(tenantGroups(edited.tenant).group(0).memberCount).toBe(2)
    await edited.users.delete((q) => q.where({ userPrincipalName: ADELE }))
    expect(tenantGroups(edited.tenant).group(0)).toMatchObject({ memberCount: 1, ownerPrincipalName: '' })
    // Ownerless, it is written without an owner, and loads again as it was.
    const record = toTenantRecord(edited.tenant)
    expect(record.groups?.[0]).not.toHaveProperty('owner')
    expect(tenantGroups(loadTenant(record, { now })).group(0)).toMatchObject({ memberCount: 1, ownerPrincipalName: '' })
  })

  it.each([
    [
      'an owner who is not a user',
      { owner: 'nobody@contoso.onmicrosoft.com' },
      /groups\/0\/owner is not a user of the tenant: "nobody@contoso.onmicrosoft.com"/,
    ],
    [
      'a member who is not a user',
      { members: [MEGAN, 'x@y'] },
      /groups\/0\/members\/1 is not a user of the tenant: "x@y"/,
    ],
    [
      'a creation after the refresh date',
      { createdDate: '2026-11-26' },
      /groups\/0\/createdDate is after the refresh date: "2026-11-26"/,
    ],
    [
      'a deletion before the creation',
      { deletedDate: '2026-02-01' },
      /groups\/0\/deletedDate is not after the group was created: "2026-02-01"/,
    ],
    ['a field it does not know', { channels: 3 }, /groups\/0\/channels is not a known field/],
    ['a type it does not know', { type: 'Secret' }, /groups\/0\/type must be equal to one of the allowed values/],
    [
      'a deletion after the refresh date',
      { deletedDate: '2026-12-31' },
      /groups\/0\/deletedDate is after the refresh date: "2026-12-31"/,
    ],
    [
      'a creation once its owner was deleted',
      { owner: LEE, createdDate: '2026-11-22' },
      /groups\/0\/createdDate is not before its owner was deleted: "2026-11-22"/,
    ],
    ['a blank name', { displayName: '  ' }, /groups\/0\/displayName must match pattern/],
    ['the id of another group', { id: GROUPS[1]?.id }, /groups\/1\/id gives the id of groups\/0 too/],
    [
      'the site URL of another group',
      { displayName: 'Coffee-Club' },
      /groups\/1\/displayName gives the site URL of groups\/0 too: "https:\/\/contoso.sharepoint.com\/sites\/CoffeeClub"/,
    ],
  ])('refuse %s, naming the field', (_, change, message) => {
    const groups = structuredClone(GROUPS)
    Object.assign(groups[0] as object, change)
    expect(() => loadTenant(scenario(groups), { now })).toThrow(message)
  })
})
