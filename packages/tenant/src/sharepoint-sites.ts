import type { Day } from './day'
import { groupSiteEntry } from './group-site-entry'
import { type TenantGroup, tenantGroups } from './groups'
import { hashSeed } from './random'
import { sharePointHost } from './sharepoint-host'
import { StandaloneSite } from './standalone-site'
import { stringSeed } from './string-seed'
import type { Tenant } from './tenant'

/** The Root Web Template values the fake's sites carry (spec §1.8; `Group` for a group's site). */
export type RootWebTemplate = 'Group' | 'Team Site' | 'Communication Site'

/** A site on one day: what the site-usage reports count. */
export interface SiteFacts {
  files: number
  activeFiles: number
  pageViews: number
  visitedPages: number
  storageUsed: number
}

/** The governance columns of beta's Detail (spec §1.8): settings, not activity, the same every day. */
export interface SiteGovernance {
  /** The sensitivity label's id, or empty where the site has none. */
  readonly sensitivityLabelId: string
  readonly externalSharing: boolean
  readonly unmanagedDevicePolicy: string
  readonly geoLocation: string
  readonly anonymousLinks: number
  readonly companyLinks: number
  readonly guestLinks: number
  readonly memberLinks: number
}

/** One SharePoint site as the site-usage reports see it: who owns it, and its facts on any day. */
export interface TenantSite {
  /** The site's place in the tenant's order: the root, the sites without a group, then the groups'. */
  readonly index: number
  readonly id: string
  readonly url: string
  readonly ownerDisplayName: string
  readonly ownerPrincipalName: string
  /** What a concealed report hashes for the owner's names: the owner's user id, or the group's id. */
  readonly ownerId: string
  readonly template: RootWebTemplate
  readonly createdDate: Day
  readonly isDeleted: boolean
  readonly deletedDate: Day | null
  readonly storageAllocated: number
  readonly governance: SiteGovernance
  /** The group whose site it is, for a group-connected site. */
  readonly group?: TenantGroup
  /** Whether the site existed on `day`: made by then, not yet deleted. */
  existsOn(day: Day): boolean
  /** Writes the site's facts on `day` into `out`; zeros on a day it did not exist. */
  on(day: Day, out: SiteFacts): void
  /** Writes only the day's activity (active files, page views, visited pages): what a span's walk sums. */
  activityOn(day: Day, out: SiteFacts): void
  /** The last active day in [from, to], where the site knows it without a walk (a group's site). */
  lastActivityBetween?(from: Day, to: Day): Day | null
  /** `siteActivityBetween`'s answer, where the site has a shorter way to it than a walk of the days (a group's site). */
  activityBetween?(from: Day, to: Day): SiteSpan
}

/** A site's activity over a span: the Detail's sums, its most pages visited on a day, its last active day. */
export interface SiteSpan {
  readonly activeFiles: number
  readonly pageViews: number
  readonly visitedPages: number
  /** The last day of the span with a file active or a page viewed, or null. */
  readonly lastActive: Day | null
}

export interface TenantSites {
  readonly count: number
  /** Sites in a stable order from index `from`, derived on every pass (bounded memory). */
  sites(from?: number): Iterable<TenantSite>
}

const SALT = 0x73697465

/**
 * The tenant's SharePoint sites: the root site; communication sites, one per 80 users and one more;
 * classic team sites made without a group, one per 200 users [U], or instead the sites a scenario
 * lists (`tenant.sites`); then every group's site, from
 * the groups themselves (groups.ts, group-site.ts), so the Groups report and the site report
 * tell the same files and storage of it.
 */
export function tenantSites(tenant: Tenant): TenantSites {
  const users = tenant.userCount
  const listed = tenant.sites
  const communication = users === 0 || listed ? 0 : 1 + Math.ceil(users / 80)
  const team = users === 0 || listed ? 0 : Math.ceil(users / 200)
  const standalone = users === 0 && !listed ? 0 : 1 + (listed?.length ?? communication + team)
  const groups = tenantGroups(tenant)
  const seed = hashSeed(stringSeed(tenant.organization.id), SALT)
  const host = sharePointHost(tenant.organization.domain)
  const kindOf = (index: number): RootWebTemplate =>
    index === 0 ? 'Team Site' : index <= communication ? 'Communication Site' : 'Team Site'
  return {
    count: standalone + groups.count,
    sites: function* (from = 0) {
      for (let index = Math.max(0, from); index < standalone; index++) {
        const own = index === 0 ? undefined : listed?.at(index - 1)
        yield own
          ? StandaloneSite.listed(tenant, index, own)
          : StandaloneSite.derived(
              tenant,
              seed,
              host,
              index,
              kindOf(index),
              index - (index <= communication ? 1 : 1 + communication),
            )
      }
      for (const group of groups.groups(Math.max(0, from - standalone))) {
        yield groupSiteEntry(tenant, seed, standalone + group.index, group)
      }
    },
  }
}

/**
 * The site's activity over [from, to]: its active files and page views summed, the most pages it
 * had visited on one day, and its last active day in the span. A walk of the days, unless the site
 * has a shorter way (a group's site steps from one working day with new files to the next).
 */
export function siteActivityBetween(site: TenantSite, from: Day, to: Day, scratch: SiteFacts): SiteSpan {
  if (site.activityBetween) return site.activityBetween(from, to)
  let activeFiles = 0
  let pageViews = 0
  let visitedPages = 0
  let lastActive: Day | null = null
  for (let at = from; at <= to; at++) {
    site.activityOn(at, scratch)
    activeFiles += scratch.activeFiles
    pageViews += scratch.pageViews
    visitedPages = Math.max(visitedPages, scratch.visitedPages)
    if (scratch.activeFiles > 0 || scratch.pageViews > 0) lastActive = at
  }
  return { activeFiles, pageViews, visitedPages, lastActive }
}

/**
 * The site's last active day in [from, to], or null: the last day with a file active or a page
 * viewed [I]. The reports look no further back than the tenant's activity window: a site idle for
 * all of it reads as never active, as the real row of an unused group site does.
 */
export function siteLastActivity(site: TenantSite, from: Day, to: Day, scratch: SiteFacts): Day | null {
  if (site.lastActivityBetween) return site.lastActivityBetween(from, to)
  for (let day = to; day >= Math.max(from, site.createdDate); day--) {
    site.activityOn(day, scratch)
    if (scratch.activeFiles > 0 || scratch.pageViews > 0) return day
  }
  return null
}
