import type { Day } from './day'
import { dayUnit, isLivedWorkday, liveliness, runningTotal, workdaysLived } from './group-days'
import { GROUP_SITE_STORAGE_ALLOCATED, type TenantGroup } from './groups'
import { unit } from './workload-activity'

/**
 * The group-connected SharePoint site, day by day: the Groups report's SharePoint columns and the
 * site-usage reports' row of the site read these, so the two agree. Files arrive on working days
 * and are never removed within the window [I]; storage is the files at the group's own mean size
 * over a new site's fixed cost.
 */
const LANE_FILES = 1

/** Files a new site starts with (the General folder's, a notebook) and gains a working day. */
function fileRates(group: TenantGroup): { initial: number; daily: number } {
  const live = liveliness(group)
  return { initial: 1 + Math.floor(6 * unit(group.seed, 10)), daily: live * (0.2 + 4 * unit(group.seed, 11) ** 2) }
}

/** Files on the site at the end of `day`; 0 before the group was created. */
export function groupSiteFileCount(group: TenantGroup, day: Day): number {
  const k = workdaysLived(group, day)
  if (k === 0) return 0
  const { initial, daily } = fileRates(group)
  return initial + runningTotal(group.seed, LANE_FILES, daily, k)
}

/** Files added on `day`. */
function filesAdded(group: TenantGroup, day: Day): number {
  if (!isLivedWorkday(group, day)) return 0
  const k = workdaysLived(group, day)
  const { daily } = fileRates(group)
  return runningTotal(group.seed, LANE_FILES, daily, k) - runningTotal(group.seed, LANE_FILES, daily, k - 1)
}

/**
 * Files viewed or edited on `day`: the files added then, and on the days someone opens the site, a
 * few of the others, never more than the site holds.
 */
export function groupSiteActiveFileCount(group: TenantGroup, day: Day): number {
  const added = filesAdded(group, day)
  if (!isLivedWorkday(group, day)) return 0
  const visited = dayUnit(group, 12, day) < Math.min(0.9, 0.35 * liveliness(group))
  const edited = visited ? 1 + Math.floor(liveliness(group) * 6 * dayUnit(group, 13, day)) : 0
  return Math.min(groupSiteFileCount(group, day), added + edited)
}

/** Bytes the site uses at the end of `day`: a new site's lists and pages, then its files. */
export function groupSiteStorageUsed(group: TenantGroup, day: Day): number {
  const files = groupSiteFileCount(group, day)
  if (files === 0) return 0
  // A mean file of 40 KB to 4 MB: notes and spreadsheets, or decks and recordings.
  const meanBytes = 40_000 * 100 ** unit(group.seed, 14)
  const base = 1_200_000 + Math.floor(600_000 * unit(group.seed, 15))
  return base + Math.floor(meanBytes * files)
}

/** Bytes SharePoint allocates the site: the tenant default, the same every day. */
export function groupSiteStorageAllocated(_group: TenantGroup): number {
  return GROUP_SITE_STORAGE_ALLOCATED
}

/** Pages of the site visited on `day`, and their views: the days its files were active. */
export function groupSitePageViews(group: TenantGroup, day: Day): { visitedPages: number; pageViews: number } {
  const active = groupSiteActiveFileCount(group, day)
  if (active === 0) return { visitedPages: 0, pageViews: 0 }
  const visitedPages = 1 + Math.floor(3 * dayUnit(group, 16, day))
  return { visitedPages, pageViews: visitedPages + Math.floor(active * (1 + 4 * dayUnit(group, 17, day))) }
}
