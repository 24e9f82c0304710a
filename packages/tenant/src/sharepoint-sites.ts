import { type Day, isWeekend } from './day'
import { runningTotal } from './group-days'
import {
  groupSiteActiveFileCount,
  groupSiteFileCount,
  groupSitePageViews,
  groupSiteStorageAllocated,
  groupSiteStorageUsed,
} from './group-site'
import { GROUP_SITE_STORAGE_ALLOCATED, groupExistsOn, type TenantGroup, tenantGroups, userAt } from './groups'
import { existsOn } from './lifespan'
import { createRandom, hashSeed, type Random } from './random'
import { stringSeed } from './string-seed'
import type { Tenant, TenantUser } from './tenant'
import { uuidFrom } from './uuid'
import { mix } from './workload-activity'

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
}

export interface TenantSites {
  readonly count: number
  /** Sites in a stable order from index `from`, derived on every pass (bounded memory). */
  sites(from?: number): Iterable<TenantSite>
}

/** What the ids of the tenant's three sensitivity labels derive from [U]: a site carries one of them or none. */
const LABEL_SALT = 0x6c61626c
const SALT = 0x73697465
/** Names of the sites made without a group: an intranet's communication sites, then older team sites. */
const COMMUNICATION_NAMES = [
  'Intranet',
  'News',
  'HR Hub',
  'IT Help Desk',
  'Policies',
  'Benefits',
  'Brand Center',
  'Learning',
  'Events',
  'Leadership',
  'Sustainability',
  'Wellbeing',
] as const
const TEAM_NAMES = ['Projects Archive', 'Document Center', 'Records', 'Contracts', 'Templates', 'Shared Drive'] as const

/**
 * The tenant's SharePoint sites: the root site; communication sites, one per 80 users and one more;
 * classic team sites made without a group, one per 200 users [U]; then every group's site, from
 * the groups themselves (groups.ts, group-site.ts), so the Groups report and the site report
 * tell the same files and storage of it.
 */
export function tenantSites(tenant: Tenant): TenantSites {
  const users = tenant.userCount
  const communication = users === 0 ? 0 : 1 + Math.ceil(users / 80)
  const team = users === 0 ? 0 : Math.ceil(users / 200)
  const standalone = users === 0 ? 0 : 1 + communication + team
  const groups = tenantGroups(tenant)
  const seed = hashSeed(stringSeed(tenant.organization.id), SALT)
  const host = `${tenant.organization.domain.replace(/\.onmicrosoft\.com$/, '')}.sharepoint.com`
  const kindOf = (index: number): RootWebTemplate =>
    index === 0 ? 'Team Site' : index <= communication ? 'Communication Site' : 'Team Site'
  return {
    count: standalone + groups.count,
    sites: function* (from = 0) {
      for (let index = Math.max(0, from); index < standalone; index++) {
        yield new StandaloneSite(
          tenant,
          seed,
          host,
          index,
          kindOf(index),
          index - (index <= communication ? 1 : 1 + communication),
        )
      }
      for (const group of groups.groups(Math.max(0, from - standalone))) {
        yield groupSite(tenant, seed, standalone + group.index, group)
      }
    },
  }
}

/** A site made without a group (the root, communication and classic team sites): its own draws. */
class StandaloneSite implements TenantSite {
  readonly id: string
  readonly url: string
  readonly createdDate: Day
  readonly isDeleted: boolean
  readonly deletedDate: Day | null
  readonly storageAllocated = GROUP_SITE_STORAGE_ALLOCATED
  readonly governance: SiteGovernance
  private readonly seed: number
  private readonly ownerIndex: number
  private readonly initialFiles: number
  private readonly dailyFiles: number
  private readonly activeChance: number
  private readonly views: number
  private readonly pages: number
  private readonly meanBytes: number
  private owner: { displayName: string; userPrincipalName: string; id: string } | undefined

  constructor(
    private readonly tenant: Tenant,
    tenantSeed: number,
    host: string,
    readonly index: number,
    readonly template: RootWebTemplate,
    ordinal: number,
  ) {
    const random = createRandom(hashSeed(tenantSeed, index))
    this.id = uuidFrom(random)
    const root = index === 0
    const communication = template === 'Communication Site'
    const names: readonly string[] = communication ? COMMUNICATION_NAMES : TEAM_NAMES
    const name = `${names[ordinal % names.length]}${ordinal >= names.length ? ` ${1 + Math.floor(ordinal / names.length)}` : ''}`
    this.url = root ? `https://${host}/` : `https://${host}/sites/${name.replace(/[^A-Za-z0-9]/g, '')}`
    // The root came with the tenant; communication sites since 2018, the classic team sites before them.
    this.createdDate = root
      ? tenant.refreshDate - 2_200
      : communication
        ? tenant.refreshDate - 1 - Math.floor(1_400 * random.next() ** 0.7)
        : tenant.refreshDate - 1_500 - Math.floor(700 * random.next())
    const deleted = !root && random.next() < 0.03
    this.deletedDate = deleted ? Math.max(this.createdDate + 1, tenant.refreshDate - random.int(0, 29)) : null
    this.isDeleted = deleted
    this.seed = random.uint32() | 0
    this.ownerIndex = random.int(0, Math.max(0, tenant.userCount - 1))
    // An intranet is read far more than it is written; an old team site is a file share, barely opened.
    this.initialFiles = communication || root ? 20 + random.int(0, 200) : 300 + random.int(0, 3_000)
    this.dailyFiles = communication || root ? 0.05 + 0.6 * random.next() ** 2 : 0.02 + 0.3 * random.next() ** 2
    this.activeChance = communication || root ? 0.6 : 0.15
    const scale = Math.max(1, tenant.userCount / 50)
    this.views = root ? 12 * scale : communication ? (1 + 6 * random.next() ** 2) * scale : 0.3 * random.next()
    this.pages = root ? 40 : communication ? 5 + random.int(0, 60) : 1 + random.int(0, 4)
    this.meanBytes = 80_000 * 30 ** random.next()
    this.governance = governanceOf(random, communication || root)
  }

  /** The site's owner: the first user from its drawn index who is not deleted, among the next few. */
  private ownerOf() {
    if (!this.owner) {
      const users = this.tenant.userCount
      let owner: TenantUser | undefined
      for (let k = 0; k < Math.min(8, users); k++) {
        const user = userAt(this.tenant, (this.ownerIndex + k) % users)
        owner ??= user
        if (user && !user.isDeleted) {
          owner = user
          break
        }
      }
      this.owner = {
        displayName: owner?.displayName ?? '',
        userPrincipalName: owner?.userPrincipalName ?? '',
        id: owner?.id ?? '',
      }
    }
    return this.owner
  }
  get ownerDisplayName(): string {
    return this.ownerOf().displayName
  }
  get ownerPrincipalName(): string {
    return this.ownerOf().userPrincipalName
  }
  get ownerId(): string {
    return this.ownerOf().id
  }

  existsOn(day: Day): boolean {
    return existsOn(this.createdDate, this.deletedDate, day)
  }

  on(day: Day, out: SiteFacts): void {
    out.files = this.files(day)
    out.storageUsed = out.files === 0 ? 0 : 1_500_000 + Math.floor(this.meanBytes * out.files)
    this.activityOn(day, out)
  }

  private files(day: Day): number {
    const last = this.deletedDate === null ? day : Math.min(day, this.deletedDate - 1)
    const lived = Math.max(0, last - this.createdDate + 1)
    return lived === 0 ? 0 : this.initialFiles + runningTotal(this.seed, 1, this.dailyFiles, lived)
  }

  activityOn(day: Day, out: SiteFacts): void {
    const alive = this.existsOn(day)
    const weekend = isWeekend(day)
    const open = alive && draw(this.seed, 2, day) < this.activeChance * (weekend ? 0.15 : 1)
    out.activeFiles = open ? Math.min(this.files(day), 1 + Math.floor(4 * draw(this.seed, 3, day) ** 2)) : 0
    const views = alive ? Math.floor(this.views * (weekend ? 0.1 : 1) * (0.5 + draw(this.seed, 4, day))) : 0
    out.pageViews = views
    out.visitedPages = views === 0 ? 0 : Math.min(this.pages, 1 + Math.floor(views * 0.4 * draw(this.seed, 5, day)))
  }
}

/** A group's site: its facts are the group's (group-site.ts), its owner the group's owners, as SharePoint lists them. */
function groupSite(tenant: Tenant, tenantSeed: number, index: number, group: TenantGroup): TenantSite {
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
      out.storageUsed = groupSiteStorageUsed(group, day)
      groupActivityOn(group, day, out)
    },
    activityOn: (day, out) => groupActivityOn(group, day, out),
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
  const { pageViews, visitedPages } = groupSitePageViews(group, day)
  out.pageViews = pageViews
  out.visitedPages = visitedPages
}

/** A site's sharing settings and links [U]: most allow guests they invite, a few are labelled or locked down. */
function governanceOf(random: Random, open: boolean): SiteGovernance {
  const labelled = random.next() < 0.2
  const label = labelled ? uuidFrom(createRandom(hashSeed(LABEL_SALT, random.int(0, 2)))) : ''
  const links = (scale: number) => Math.floor(scale * random.next() ** 3)
  return {
    sensitivityLabelId: label,
    externalSharing: open ? random.next() < 0.7 : random.next() < 0.3,
    unmanagedDevicePolicy: random.next() < 0.85 ? 'Allow full access' : 'Allow limited, web-only access',
    geoLocation: 'NAM',
    anonymousLinks: open ? links(6) : 0,
    companyLinks: links(40),
    guestLinks: links(8),
    memberLinks: links(25),
  }
}

/** A uniform draw in [0, 1) of the site's `stream` on `day`. */
function draw(seed: number, stream: number, day: Day): number {
  return mix(seed, stream, day) / 0x1_0000_0000
}

/**
 * The site's last active day in [from, to], or null: the last day with a file active or a page
 * viewed [I]. The reports look no further back than the tenant's activity window: a site idle for
 * all of it reads as never active, as the real row of an unused group site does.
 */
export function siteLastActivity(site: TenantSite, from: Day, to: Day, scratch: SiteFacts): Day | null {
  for (let day = to; day >= Math.max(from, site.createdDate); day--) {
    site.activityOn(day, scratch)
    if (scratch.activeFiles > 0 || scratch.pageViews > 0) return day
  }
  return null
}
