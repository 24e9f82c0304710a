import { type Day, isWeekend } from './day'
import { runningTotal } from './group-days'
import { GROUP_SITE_STORAGE_ALLOCATED } from './groups'
import { existsOn } from './lifespan'
import type { ListedSite } from './listed-sites'
import { createRandom, hashSeed, type Random } from './random'
import type { RootWebTemplate, SiteFacts, SiteGovernance, TenantSite } from './sharepoint-sites'
import { governanceOf } from './site-governance'
import { stringSeed } from './string-seed'
import type { Tenant } from './tenant'
import { userAt } from './user-at'
import { uuidFrom } from './uuid'
import { mix } from './workload-activity'

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

/** Who a site is: drawn for a derived site, the file's for a listed one. */
type SiteIdentity = Pick<ListedSite, 'id' | 'url' | 'createdDate' | 'deletedDate' | 'storageAllocated'> & {
  /** The owner's index (-1 for none); absent where it is drawn. */
  readonly ownerIndex?: number
}

/** A site made without a group (the root, communication and classic team sites): its own draws. */
export class StandaloneSite implements TenantSite {
  readonly id: string
  readonly url: string
  readonly createdDate: Day
  readonly isDeleted: boolean
  readonly deletedDate: Day | null
  readonly storageAllocated: number
  readonly governance: SiteGovernance
  private readonly seed: number
  private readonly ownerIndex: number
  private readonly ownerDrawn: boolean
  private readonly initialFiles: number
  private readonly dailyFiles: number
  private readonly activeChance: number
  private readonly views: number
  private readonly pages: number
  private readonly meanBytes: number
  private owner: { displayName: string; userPrincipalName: string; id: string } | undefined

  /** A site the tenant derives: who it is and what it does, drawn from the tenant's seed and its index. */
  static derived(
    tenant: Tenant,
    tenantSeed: number,
    host: string,
    index: number,
    template: RootWebTemplate,
    ordinal: number,
  ): StandaloneSite {
    const random = createRandom(hashSeed(tenantSeed, index))
    const id = uuidFrom(random)
    const root = index === 0
    const communication = template === 'Communication Site'
    const names: readonly string[] = communication ? COMMUNICATION_NAMES : TEAM_NAMES
    const name = `${names[ordinal % names.length]}${ordinal >= names.length ? ` ${1 + Math.floor(ordinal / names.length)}` : ''}`
    const url = root ? `https://${host}/` : `https://${host}/sites/${name.replace(/[^A-Za-z0-9]/g, '')}`
    // The root came with the tenant; communication sites since 2018, the classic team sites before them.
    const createdDate = root
      ? tenant.refreshDate - 2_200
      : communication
        ? tenant.refreshDate - 1 - Math.floor(1_400 * random.next() ** 0.7)
        : tenant.refreshDate - 1_500 - Math.floor(700 * random.next())
    const deleted = !root && random.next() < 0.03
    const deletedDate = deleted ? Math.max(createdDate + 1, tenant.refreshDate - random.int(0, 29)) : null
    return new StandaloneSite(tenant, random, index, template, { id, url, createdDate, deletedDate })
  }

  /** A site a scenario lists: who it is is the file's; what it does is drawn from a hash of its id. */
  static listed(tenant: Tenant, index: number, site: ListedSite): StandaloneSite {
    return new StandaloneSite(tenant, createRandom(stringSeed(site.id)), index, site.template, site)
  }

  private constructor(
    private readonly tenant: Tenant,
    random: Random,
    readonly index: number,
    readonly template: RootWebTemplate,
    identity: SiteIdentity,
  ) {
    this.id = identity.id
    this.url = identity.url
    this.createdDate = identity.createdDate
    this.deletedDate = identity.deletedDate
    this.isDeleted = identity.deletedDate !== null
    this.storageAllocated = identity.storageAllocated ?? GROUP_SITE_STORAGE_ALLOCATED
    const root = index === 0
    const communication = template === 'Communication Site'
    this.seed = random.uint32() | 0
    // Drawn whether or not the file names the owner, so that the draws after it stay where they were.
    const drawnOwner = random.int(0, Math.max(0, tenant.userCount - 1))
    this.ownerIndex = identity.ownerIndex ?? drawnOwner
    this.ownerDrawn = identity.ownerIndex === undefined
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

  /** The site's owner: the file's, or the first user from its drawn index who is not deleted, among the next few. */
  private ownerOf() {
    if (!this.owner) {
      const users = this.tenant.userCount
      let owner = this.ownerDrawn || this.ownerIndex < 0 ? undefined : userAt(this.tenant, this.ownerIndex)
      for (let k = 0; this.ownerDrawn && k < Math.min(8, users); k++) {
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

/** A uniform draw in [0, 1) of the site's `stream` on `day`. */
function draw(seed: number, stream: number, day: Day): number {
  return mix(seed, stream, day) / 0x1_0000_0000
}
