import { type Day, formatDay } from './day'
import type { TenantGroup } from './groups'
import { recordDay } from './record-day'
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

/** Where a listed site's dates sit, and the host every site of the tenant lives on. */
export interface SiteWindow {
  readonly refreshDate: Day
  readonly shift: number
  readonly domain: string
}

/** A listed site's creation when the file gives none: a year before its refresh date, as for a group. */
const DEFAULT_AGE_DAYS = 365

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
  window: SiteWindow,
  strict = true,
): ListedSite[] {
  const host = `https://${window.domain.replace(/\.onmicrosoft\.com$/, '')}.sharepoint.com/`
  const userIndex = userNamed(users)
  const ids = new Map<string, string>()
  const urls = new Map<string, string>(groups?.map((group) => [group.site.url.toLowerCase(), `groups/${group.index}`]))
  return records.map((record, index) => {
    const path = `sites/${index}`
    const unique = (seen: Map<string, string>, key: string, field: string, what: string) => {
      const other = seen.get(key)
      if (other !== undefined) throw new TenantError(`${path}/${field}`, `gives the ${what} of ${other} too: "${key}"`)
      seen.set(key, path)
    }
    unique(ids, record.id.toLowerCase(), 'id', 'id')
    if (!record.url.toLowerCase().startsWith(host))
      throw new TenantError(`${path}/url`, `is not on the tenant's host, ${host}: "${record.url}"`)
    unique(urls, record.url.toLowerCase(), 'url', 'URL')
    const named = record.owner === undefined ? undefined : userIndex(record.owner)
    if (record.owner !== undefined && named === undefined && strict)
      throw new TenantError(`${path}/owner`, `is not a user of the tenant: "${record.owner}"`)
    const day = (text: string, field: string): Day => recordDay(text, window.shift, `${path}/${field}`)
    const createdDate =
      record.createdDate === undefined ? window.refreshDate - DEFAULT_AGE_DAYS : day(record.createdDate, 'createdDate')
    if (createdDate > window.refreshDate)
      throw new TenantError(`${path}/createdDate`, `is after the refresh date: "${record.createdDate}"`)
    const deletedDate = record.deletedDate == null ? null : day(record.deletedDate, 'deletedDate')
    if (deletedDate !== null && deletedDate > window.refreshDate)
      throw new TenantError(`${path}/deletedDate`, `is after the refresh date: "${record.deletedDate}"`)
    if (deletedDate !== null && deletedDate <= createdDate)
      throw new TenantError(`${path}/deletedDate`, `is not after the site was created: "${record.deletedDate}"`)
    return {
      id: record.id,
      url: record.url,
      template: record.template ?? 'Team Site',
      ownerIndex: named ?? -1,
      createdDate,
      deletedDate,
      ...(record.storageAllocatedInBytes === undefined ? {} : { storageAllocated: record.storageAllocatedInBytes }),
    }
  })
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
