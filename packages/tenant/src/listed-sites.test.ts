import { describe, expect, it } from 'vitest'
import { parseDay } from './day'
import { GROUP_SITE_STORAGE_ALLOCATED } from './groups'
import { heldFrom } from './held-list'
import type { SiteRecord } from './listed-sites'
import { loadingTenant, loadTenant } from './load-tenant'
import { createScenario } from './scenario'
import { type SiteFacts, type TenantSite, tenantSites } from './sharepoint-sites'
import type { Tenant } from './tenant'
import { tenantForEachDay } from './tenant-for-each-day'
import { type TenantRecord, toTenantRecord } from './tenant-record'
import { smallRecord } from './test-support'

const now = new Date('2026-11-27T00:00:00Z')
const ADELE = 'adele.vance@contoso.onmicrosoft.com'
const INTRANET: SiteRecord = {
  id: '0a0a0a0a-1111-4222-8333-444444444444',
  url: 'https://contoso.sharepoint.com/sites/Intranet',
  template: 'Communication Site',
  owner: ADELE,
  createdDate: '2024-05-01',
}
const ARCHIVE: SiteRecord = {
  id: '0b0b0b0b-1111-4222-8333-444444444444',
  url: 'https://contoso.sharepoint.com/sites/Archive',
  deletedDate: '2026-11-20',
  createdDate: '2020-01-01',
  storageAllocatedInBytes: 1_099_511_627_776,
}

/** The small scenario listing `sites` (and, when given, `groups`). */
function scenario(sites: unknown[], edit: (record: TenantRecord) => void = () => {}): TenantRecord {
  const record = smallRecord()
  Object.assign(record, { sites })
  edit(record)
  return record
}
const sitesOf = (tenant: Tenant): TenantSite[] => [...tenantSites(tenant).sites()]
/** A day of the file as the loaded tenant has it: every date moves with the refresh date. */
const shifted = (tenant: Tenant, text: string) =>
  (parseDay(text) as number) + tenant.refreshDate - (parseDay('2026-11-25') as number)
/** A site's facts on each of the last 30 days. */
function factsOf(site: TenantSite, tenant: Tenant): SiteFacts[] {
  return Array.from({ length: 30 }, (_, back) => {
    const out: SiteFacts = { files: 0, activeFiles: 0, pageViews: 0, visitedPages: 0, storageUsed: 0 }
    site.on(tenant.refreshDate - back, out)
    return out
  })
}

describe('a scenario’s own SharePoint sites (docs/usage-reports.md §21)', () => {
  it('are the root, then exactly the sites listed, in order, then the groups’ sites', () => {
    const tenant = loadTenant(
      scenario([INTRANET, ARCHIVE], (record) => {
        record.groups = [{ id: '11111111-2222-4333-8444-555555555555', displayName: 'Falcon', owner: ADELE }]
      }),
      { now },
    )
    const sites = sitesOf(tenant)
    expect(sites.map((site) => [site.url, site.template])).toEqual([
      ['https://contoso.sharepoint.com/', 'Team Site'],
      [INTRANET.url, 'Communication Site'],
      [ARCHIVE.url, 'Team Site'],
      ['https://contoso.sharepoint.com/sites/Falcon', 'Group'],
    ])
    expect(sites.map((site) => site.index)).toEqual([0, 1, 2, 3])
    const [, intranet, archive] = sites as [TenantSite, TenantSite, TenantSite]
    expect([intranet.id, intranet.ownerPrincipalName, intranet.ownerDisplayName]).toEqual([
      INTRANET.id,
      ADELE,
      'Adele Vance',
    ])
    expect([intranet.createdDate, intranet.isDeleted, intranet.storageAllocated]).toEqual([
      shifted(tenant, '2024-05-01'),
      false,
      GROUP_SITE_STORAGE_ALLOCATED,
    ])
    expect([archive.ownerPrincipalName, archive.ownerId, archive.deletedDate, archive.storageAllocated]).toEqual([
      '',
      '',
      shifted(tenant, '2026-11-20'),
      ARCHIVE.storageAllocatedInBytes,
    ])
    expect(archive.existsOn(shifted(tenant, '2026-11-20'))).toBe(false)
  })

  it('draw what a site does from its id alone, wherever the file lists it', () => {
    const alone = loadTenant(scenario([INTRANET]), { now })
    const second = loadTenant(scenario([ARCHIVE, INTRANET]), { now })
    const intranet = factsOf(sitesOf(alone)[1] as TenantSite, alone)
    expect(factsOf(sitesOf(second)[2] as TenantSite, second)).toEqual(intranet)
    // Read far more than written, and visited on most working days.
    expect(intranet.filter((day) => day.pageViews > 0).length).toBeGreaterThan(15)
    const renamed = loadTenant(scenario([{ ...INTRANET, id: '0c0c0c0c-1111-4222-8333-444444444444' }]), { now })
    expect(factsOf(sitesOf(renamed)[1] as TenantSite, renamed)).not.toEqual(intranet)
  })

  it('round-trip through the record, and a tenant without them writes none', () => {
    const tenant = loadTenant(scenario([INTRANET, ARCHIVE]), { now })
    const record = toTenantRecord(tenant)
    expect(record.sites).toEqual([
      { ...INTRANET, deletedDate: null },
      { ...ARCHIVE, template: 'Team Site' },
    ])
    expect(loadTenant(record, { now }).sites).toStrictEqual(tenant.sites)
    expect(toTenantRecord(loadTenant(smallRecord(), { now }))).not.toHaveProperty('sites')
  })

  it('move with the clock at midnight, as the file loaded a day later has them', () => {
    const record = scenario([INTRANET, ARCHIVE])
    const later = new Date('2026-11-28T00:00:00Z')
    const sites = (tenant: Tenant) => [...heldFrom(tenant.sites ?? [])]
    expect(sites(tenantForEachDay(record, { now })(later))).toStrictEqual(sites(loadTenant(record, { now: later })))
  })

  it('follow the users of an editable scenario: a site whose owner was removed has none', async () => {
    const { users, tenant } = await createScenario(scenario([INTRANET]), { now })
    expect(sitesOf(tenant)[1]?.ownerPrincipalName).toBe(ADELE)
    await users.delete((q) => q.where({ userPrincipalName: ADELE }))
    expect(sitesOf(tenant)[1]?.ownerPrincipalName).toBe('')
  })

  it.each<[string, unknown[], RegExp]>([
    [
      'a site on another tenant’s host',
      [{ ...INTRANET, url: 'https://fabrikam.sharepoint.com/sites/Intranet' }],
      /sites\/0\/url is not on the tenant's host, https:\/\/contoso.sharepoint.com\/: /,
    ],
    [
      'a URL that is no site’s',
      [{ ...INTRANET, url: 'https://contoso.sharepoint.com/' }],
      /sites\/0\/url must match pattern/,
    ],
    [
      'two sites at one URL',
      [INTRANET, { ...ARCHIVE, url: 'https://Contoso.sharepoint.com/sites/INTRANET' }],
      /sites\/1\/url gives the URL of sites\/0 too/,
    ],
    ['two sites of one id', [INTRANET, { ...ARCHIVE, id: INTRANET.id }], /sites\/1\/id gives the id of sites\/0 too/],
    [
      'an owner who is not a user',
      [{ ...INTRANET, owner: 'nobody@contoso.onmicrosoft.com' }],
      /sites\/0\/owner is not a user of the tenant: "nobody@contoso.onmicrosoft.com"/,
    ],
    [
      'a creation after the refresh date',
      [{ ...INTRANET, createdDate: '2026-11-26' }],
      /sites\/0\/createdDate is after the refresh date: "2026-11-26"/,
    ],
    [
      'a deletion before the creation',
      [{ ...ARCHIVE, deletedDate: '2019-12-31' }],
      /sites\/0\/deletedDate is not after the site was created: "2019-12-31"/,
    ],
    [
      'a deletion after the refresh date',
      [{ ...ARCHIVE, deletedDate: '2026-12-01' }],
      /sites\/0\/deletedDate is after the refresh date: "2026-12-01"/,
    ],
    [
      'a template of a group',
      [{ ...INTRANET, template: 'Group' }],
      /sites\/0\/template must be equal to one of the allowed values/,
    ],
    ['an unknown field', [{ ...INTRANET, hub: true }], /sites\/0\/hub is not a known field/],
    [
      'a creation after its owner was deleted',
      [{ ...INTRANET, owner: 'lee.gu@contoso.onmicrosoft.com', createdDate: '2026-11-23' }],
      /sites\/0\/createdDate is not before its owner was deleted: "2026-11-23"/,
    ],
  ])('refuse %s, naming the field', (_, sites, message) => {
    expect(() => loadTenant(scenario(sites), { now })).toThrow(message)
  })

  it('refuse a site at a listed group’s site URL', () => {
    const record = scenario([{ ...INTRANET, url: 'https://contoso.sharepoint.com/sites/Falcon' }], (file) => {
      file.groups = [{ id: '11111111-2222-4333-8444-555555555555', displayName: 'Falcon' }]
    })
    expect(() => loadTenant(record, { now })).toThrow(
      /sites\/0\/url gives the URL of groups\/0 too: "https:\/\/contoso.sharepoint.com\/sites\/Falcon"/,
    )
  })

  it('name a bad user before a bad site, as a check of the whole file does', () => {
    const record = scenario([{ ...INTRANET, template: 'Hub' }], (file) => {
      Object.assign(file.users[1] as object, { displayName: '' })
    })
    expect(() => loadTenant(record, { now })).toThrow(/users\/1\/displayName/)
  })

  it('hand the loop back every thousand sites as a large file loads', () => {
    const hex = (n: number) => n.toString(16).padStart(12, '0')
    const many = Array.from({ length: 3_000 }, (_, n) => ({
      id: `0a0a0a0a-1111-4222-8333-${hex(n)}`,
      url: `https://contoso.sharepoint.com/sites/Site${n}`,
    }))
    const record = scenario(many)
    const steps = loadingTenant(record, { now })
    let yields = 0
    let next = steps.next()
    for (; !next.done; next = steps.next()) yields++
    // The six users take no step of 64. The sites are checked 64 at a time (46 steps), then listed,
    // with one step before the 1,001st and one before the 2,001st.
    expect(yields).toBe(Math.floor(3_000 / 64) + 2)
    expect(next.value.sites).toHaveLength(3_000)
    expect(next.value.sites).toStrictEqual(loadTenant(record, { now }).sites)
  })
})
