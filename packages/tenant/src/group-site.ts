import type { Day } from './day'
import { dayOfWorkday, dayUnit, isLivedWorkday, lastRiseOf, profileOf, runningTotal, workdaysLived } from './group-days'
import { GROUP_SITE_STORAGE_ALLOCATED, type TenantGroup } from './groups'
import type { SiteSpan } from './sharepoint-sites'

/**
 * The group-connected SharePoint site, day by day: the Groups report's SharePoint columns and the
 * site-usage reports' row of the site read these, so the two agree. Files arrive on working days
 * and stay within the window [I]; on a day files arrive, a few others are opened too, and a day
 * without new files is a day nobody used the site [I]. Storage is the files at the group's own
 * mean size over a new site's fixed cost (1.4 MB in a real export with no files, U-21).
 */
const LANE_FILES = 1

/** Files on the site at the end of `day`; 0 before the group was created. */
export function groupSiteFileCount(group: TenantGroup, day: Day): number {
  const k = workdaysLived(group, day)
  if (k === 0) return 0
  const { initialFiles, fileRate } = profileOf(group)
  return initialFiles + runningTotal(group.seed, LANE_FILES, fileRate, k)
}

/** Files active on the group's `k`-th working day, `day`, given the files added up to the day before. */
function activeOnStep(group: TenantGroup, day: Day, before: number, through: number): number {
  if (through === before) return 0
  const { initialFiles, edits } = profileOf(group)
  const opened = Math.floor(edits * dayUnit(group, 13, day))
  return Math.min(initialFiles + through, through - before + opened)
}

/** Files viewed or edited on `day`: those added then and a few others, never more than the site holds. */
export function groupSiteActiveFileCount(group: TenantGroup, day: Day): number {
  if (!isLivedWorkday(group, day)) return 0
  const k = workdaysLived(group, day)
  const { fileRate } = profileOf(group)
  const before = runningTotal(group.seed, LANE_FILES, fileRate, k - 1)
  return activeOnStep(group, day, before, runningTotal(group.seed, LANE_FILES, fileRate, k))
}

/**
 * Calls `each` with every working day of [from, to] on which files were added, and the files
 * active then: the only days the site's files are active and its pages viewed. One hash a working
 * day, not a calendar day's three.
 */
function eachActiveDay(group: TenantGroup, from: Day, to: Day, each: (day: Day, active: number) => void): void {
  const { fileRate } = profileOf(group)
  let k = workdaysLived(group, from - 1)
  const last = workdaysLived(group, to)
  let before = runningTotal(group.seed, LANE_FILES, fileRate, k)
  while (k < last) {
    k++
    const through = runningTotal(group.seed, LANE_FILES, fileRate, k)
    if (through !== before) {
      const day = dayOfWorkday(group, k)
      each(day, activeOnStep(group, day, before, through))
    }
    before = through
  }
}

/** The active files of every day of [from, to] summed. */
export function groupSiteActiveFilesBetween(group: TenantGroup, from: Day, to: Day): number {
  let sum = 0
  eachActiveDay(group, from, to, (_day, active) => {
    sum += active
  })
  return sum
}

/** The site's activity over [from, to], as a walk of its days would sum it (`siteActivityBetween`). */
export function groupSiteActivityBetween(group: TenantGroup, from: Day, to: Day): SiteSpan {
  let activeFiles = 0
  let pageViews = 0
  let visitedPages = 0
  let lastActive: Day | null = null
  eachActiveDay(group, from, to, (day, active) => {
    const views = groupSitePageViews(group, day, active)
    activeFiles += active
    pageViews += views.pageViews
    visitedPages = Math.max(visitedPages, views.visitedPages)
    lastActive = day
  })
  return { activeFiles, pageViews, visitedPages, lastActive }
}

/** The last day on or before `asOf` the site had files active, or null. */
export function groupSiteLastActivity(group: TenantGroup, asOf: Day): Day | null {
  const step = lastRiseOf(group.seed, LANE_FILES, profileOf(group).fileRate, workdaysLived(group, asOf))
  return step === 0 ? null : dayOfWorkday(group, step)
}

/** Bytes the site uses at the end of `day`: a new site's lists and pages, then its `files` (the day's, when known). */
export function groupSiteStorageUsed(group: TenantGroup, day: Day, files = groupSiteFileCount(group, day)): number {
  if (workdaysLived(group, day) === 0) return 0
  const { meanFileBytes, siteBytes } = profileOf(group)
  return siteBytes + Math.floor(meanFileBytes * files)
}

/** Bytes SharePoint allocates the site: the tenant default, the same every day. */
export function groupSiteStorageAllocated(_group: TenantGroup): number {
  return GROUP_SITE_STORAGE_ALLOCATED
}

/** Pages of the site visited on `day`, and their views: the days its `active` files were (the day's, when known). */
export function groupSitePageViews(
  group: TenantGroup,
  day: Day,
  active = groupSiteActiveFileCount(group, day),
): { visitedPages: number; pageViews: number } {
  if (active === 0) return { visitedPages: 0, pageViews: 0 }
  const visitedPages = 1 + Math.floor(3 * dayUnit(group, 16, day))
  return { visitedPages, pageViews: visitedPages + Math.floor(active * (1 + 4 * dayUnit(group, 17, day))) }
}
