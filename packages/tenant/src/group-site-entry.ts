import type { Day } from './day'
import {
  groupSiteActiveFileCount,
  groupSiteActivityBetween,
  groupSiteFileCount,
  groupSiteLastActivity,
  groupSitePageViews,
  groupSiteStorageAllocated,
  groupSiteStorageUsed,
} from './group-site'
import { groupExistsOn, type TenantGroup } from './groups'
import { createRandom, hashSeed } from './random'
import type { SiteFacts, SiteGovernance, SiteSpan, TenantSite } from './sharepoint-sites'
import { governanceOf } from './site-governance'
import type { Tenant } from './tenant'

/** A group's site: its facts are the group's (group-site.ts), its owner the group's owners, as SharePoint lists them. */
export function groupSiteEntry(tenant: Tenant, tenantSeed: number, index: number, group: TenantGroup): TenantSite {
  return new GroupSiteEntry(tenant, tenantSeed, index, group)
}

/**
 * A class rather than an object of closures: its methods are made once, not five a site on every
 * pass, and every group site has the one hidden class.
 */
class GroupSiteEntry implements TenantSite {
  readonly id: string
  readonly url: string
  readonly ownerDisplayName: string
  readonly ownerPrincipalName: string
  readonly ownerId: string
  readonly template = 'Group'
  readonly createdDate: Day
  readonly isDeleted: boolean
  readonly deletedDate: Day | null
  readonly storageAllocated: number
  readonly governance: SiteGovernance

  constructor(
    tenant: Tenant,
    tenantSeed: number,
    readonly index: number,
    readonly group: TenantGroup,
  ) {
    this.id = group.site.id
    this.url = group.site.url
    // SharePoint names a group's site's owner as the group's owners, and its mail (spec §1.8, the real row).
    this.ownerDisplayName = `${group.displayName} Owners`
    this.ownerPrincipalName = `${group.mailNickname}@${tenant.organization.domain}`
    this.ownerId = group.id
    this.createdDate = group.createdDate
    this.isDeleted = group.isDeleted
    this.deletedDate = group.deletedDate
    this.storageAllocated = groupSiteStorageAllocated(group)
    this.governance = governanceOf(createRandom(hashSeed(tenantSeed, index)), group.type === 'Public')
  }

  existsOn(day: Day): boolean {
    return groupExistsOn(this.group, day)
  }

  on(day: Day, out: SiteFacts): void {
    out.files = groupSiteFileCount(this.group, day)
    out.storageUsed = groupSiteStorageUsed(this.group, day, out.files)
    groupActivityOn(this.group, day, out)
  }

  activityOn(day: Day, out: SiteFacts): void {
    groupActivityOn(this.group, day, out)
  }

  /** Its pages are viewed only on days its files are active: the last rise of its files, bisected. */
  activityBetween(from: Day, to: Day): SiteSpan {
    return groupSiteActivityBetween(this.group, from, to)
  }

  lastActivityBetween(from: Day, to: Day): Day | null {
    const last = groupSiteLastActivity(this.group, to)
    return last !== null && last >= from ? last : null
  }
}

/** A group site's activity on `day`, from the group's functions. */
function groupActivityOn(group: TenantGroup, day: Day, out: SiteFacts): void {
  out.activeFiles = groupSiteActiveFileCount(group, day)
  // The group's pages are viewed only on days its files are active (group-site.ts): no second look on the others.
  if (out.activeFiles === 0) {
    out.pageViews = 0
    out.visitedPages = 0
    return
  }
  const { pageViews, visitedPages } = groupSitePageViews(group, day, out.activeFiles)
  out.pageViews = pageViews
  out.visitedPages = visitedPages
}
