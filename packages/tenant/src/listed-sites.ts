import { type Day, formatDay } from './day'
import { drain } from './drain'
import type { TenantGroup } from './groups'
import { claim, type ListedWindow, listedLifespan } from './listed-lifespan'
import { sharePointHost } from './sharepoint-host'
import type { RootWebTemplate } from './sharepoint-sites'
import type { TenantUser } from './tenant'
import { TenantError } from './tenant-error'
import { userNamed } from './user-named'

/** A SharePoint site made without a group, as written in a scenario file (see tenant.schema.json's `sites`). */
export interface SiteRecord {
  id: string
  url: string
  template?: Exclude<RootWebTemplate, 'Group'>
  /** The owner's user principal name: a user of the file; none for an ownerless site. */
  owner?: string
  createdDate?: string
  deletedDate?: string | null
  storageAllocatedInBytes?: number
}

/** A listed site as the tenant holds it: who it is is the file's; its files and views derive from its id. */
export interface ListedSite {
  readonly id: string
  readonly url: string
  readonly template: Exclude<RootWebTemplate, 'Group'>
  /** The owner's index among the users, or -1 for none. */
  readonly ownerIndex: number
  readonly createdDate: Day
  readonly deletedDate: Day | null
  readonly storageAllocated?: number
}

/**
 * The sites a scenario lists, in its order. An owner who is not a user is refused, unless `strict`
 * is false: an editable scenario whose users changed after it was made then leaves the site
 * ownerless, rather than fail a report. A site's URL is on the tenant's host, and no other site
 * (nor a listed group's site) has it.
 */
export function listedSites(
  records: readonly SiteRecord[],
  users: readonly TenantUser[],
  groups: readonly TenantGroup[] | undefined,
  window: ListedWindow,
  strict = true,
): ListedSite[] {
  return drain(listingSites(records, users, groups, window, strict))
}

/** Sites read between two steps of `listingSites`: a few milliseconds of a large file. */
const SITES_PER_STEP = 1_024

/** `listedSites` a thousand sites at a time, for a server loading a large scenario. */
export function* listingSites(
  records: readonly SiteRecord[],
  users: readonly TenantUser[],
  groups: readonly TenantGroup[] | undefined,
  window: ListedWindow,
  strict = true,
): Generator<void, ListedSite[]> {
  const host = `https://${sharePointHost(window.domain)}/`
  const userIndex = userNamed(users)
  const ids = new Map<string, string>()
  const urls = new Map<string, string>(groups?.map((group) => [group.site.url.toLowerCase(), `groups/${group.index}`]))
  const sites: ListedSite[] = []
  for (const [index, record] of records.entries()) {
    if (index > 0 && index % SITES_PER_STEP === 0) yield
    const path = `sites/${index}`
    claim(ids, record.id, path, 'id', 'id')
    if (!record.url.toLowerCase().startsWith(host))
      throw new TenantError(`${path}/url`, `is not on the tenant's host, ${host}: "${record.url}"`)
    claim(urls, record.url, path, 'url', 'URL')
    const named = record.owner === undefined ? undefined : userIndex(record.owner)
    if (record.owner !== undefined && named === undefined && strict)
      throw new TenantError(`${path}/owner`, `is not a user of the tenant: "${record.owner}"`)
    const ownerDeleted = strict && named !== undefined ? users[named]?.deletedDate : undefined
    const { createdDate, deletedDate } = listedLifespan(record, window, path, 'site', ownerDeleted)
    sites.push({
      id: record.id,
      url: record.url,
      template: record.template ?? 'Team Site',
      ownerIndex: named ?? -1,
      createdDate,
      deletedDate,
      ...(record.storageAllocatedInBytes === undefined ? {} : { storageAllocated: record.storageAllocatedInBytes }),
    })
  }
  return sites
}

/** Turns a listed site back into the record a scenario file would hold. */
export function toSiteRecord(site: ListedSite, users: readonly TenantUser[]): SiteRecord {
  const owner = users[site.ownerIndex]?.userPrincipalName
  return {
    id: site.id,
    url: site.url,
    template: site.template,
    ...(owner === undefined ? {} : { owner }),
    createdDate: formatDay(site.createdDate),
    deletedDate: site.deletedDate === null ? null : formatDay(site.deletedDate),
    ...(site.storageAllocated === undefined ? {} : { storageAllocatedInBytes: site.storageAllocated }),
  }
}
