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
import type { SiteFacts, TenantSite } from './sharepoint-sites'
import { governanceOf } from './site-governance'
import type { Tenant } from './tenant'

/** A group's site: its facts are the group's (group-site.ts), its owner the group's owners, as SharePoint lists them. */
export function groupSiteEntry(tenant: Tenant, tenantSeed: number, index: number, group: TenantGroup): TenantSite {
  const random = createRandom(hashSeed(tenantSeed, index))
  return {
    index,
    id: group.site.id,
    url: group.site.url,
    // SharePoint names a group's site's owner as the group's owners, and its mail (spec §1.8, the real row).
    ownerDisplayName: `${group.displayName} Owners`,
    ownerPrincipalName: `${group.mailNickname}@${tenant.organization.domain}`,
    ownerId: group.id,
    template: 'Group',
    createdDate: group.createdDate,
    isDeleted: group.isDeleted,
    deletedDate: group.deletedDate,
    storageAllocated: groupSiteStorageAllocated(group),
    governance: governanceOf(random, group.type === 'Public'),
    group,
    existsOn: (day) => groupExistsOn(group, day),
    on: (day, out) => {
      out.files = groupSiteFileCount(group, day)
      out.storageUsed = groupSiteStorageUsed(group, day, out.files)
      groupActivityOn(group, day, out)
    },
    activityOn: (day, out) => groupActivityOn(group, day, out),
    // Its pages are viewed only on days its files are active: the last rise of its files, bisected.
    activityBetween: (from, to) => groupSiteActivityBetween(group, from, to),
    lastActivityBetween: (from, to) => {
      const last = groupSiteLastActivity(group, to)
      return last !== null && last >= from ? last : null
    },
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
