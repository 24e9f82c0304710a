import { type Day, weekdayOf } from './day'
import type { TenantGroup } from './groups'
import { mix, unit } from './workload-activity'

/**
 * The clocks of a group's daily facts, and the running totals drawn on them. A total after k
 * steps is G(k) = ⌊rate × (k + ψ(k))⌋, ψ a hash in [0, 1) and ψ(0) = 0, as a user's workload
 * counts are: it never falls, rises by rate × (1 + ψ(k) − ψ(k−1)) a step, and any day's total
 * costs one hash rather than a walk from the group's creation; a span's sum is two.
 */
export function runningTotal(seed: number, lane: number, rate: number, k: number): number {
  if (k <= 0 || rate <= 0) return 0
  return Math.floor(rate * (k + (mix(seed, lane, k) & 0xff) / 256))
}

/**
 * The step, counted from 1, on which the running total last rose within the first `k`, or 0 if
 * never: the first step that reached the final total, found by bisection as the total never falls.
 */
export function lastRiseOf(seed: number, lane: number, rate: number, k: number): number {
  const final = runningTotal(seed, lane, rate, k)
  if (final === 0) return 0
  let low = 1
  let high = k
  while (low < high) {
    const mid = (low + high) >>> 1
    if (runningTotal(seed, lane, rate, mid) === final) high = mid
    else low = mid + 1
  }
  return low
}

/** The last day of the group's life up to `day`: the day itself, or the eve of its deletion. */
export function lastLivedDay(group: TenantGroup, day: Day): Day {
  return group.deletedDate === null ? day : Math.min(day, group.deletedDate - 1)
}

/** Calendar days the group lived through `day`, its creation day counted. */
export function daysLived(group: TenantGroup, day: Day): number {
  return Math.max(0, lastLivedDay(group, day) - group.createdDate + 1)
}

/** Working days (Monday to Friday) the group lived through `day`: files and posts move on them. */
export function workdaysLived(group: TenantGroup, day: Day): number {
  const last = lastLivedDay(group, day)
  return last < group.createdDate ? 0 : workdaysBefore(last + 1) - workdaysBefore(group.createdDate)
}

/** Whether `day` is a working day the group was alive on. */
export function isLivedWorkday(group: TenantGroup, day: Day): boolean {
  return day >= group.createdDate && lastLivedDay(group, day) === day && WORKDAY[weekdayOf(day)] === 1
}

/** The day of the group's `step`-th working day (from 1). */
export function dayOfWorkday(group: TenantGroup, step: number): Day {
  const index = workdaysBefore(group.createdDate) + step - 1
  return Math.floor(index / 5) * 7 + (WORKDAY_OFFSETS[index - Math.floor(index / 5) * 5] as number)
}

// Day 0 (1970-01-01) was a Thursday; 0 is Sunday here, as in Date#getUTCDay.
const WORKDAY = [0, 1, 1, 1, 1, 1, 0] as const
// Of each week from day 0 (Thursday to Wednesday), the offsets of its working days.
const WORKDAY_OFFSETS = [0, 1, 4, 5, 6] as const
const WORKDAYS_BEFORE_OFFSET = [0, 1, 2, 2, 2, 3, 4] as const

/** Working days among days 0 … n − 1. */
function workdaysBefore(n: Day): number {
  // Floored, not truncated: a group of a scenario may be older than day 0.
  return Math.floor(n / 7) * 5 + (WORKDAYS_BEFORE_OFFSET[n - Math.floor(n / 7) * 7] as number)
}

/** What a group's daily facts are drawn from, worked out once per group rather than per day. */
export interface GroupProfile {
  /** How lively the group is, in (0, 3]. */
  readonly live: number
  readonly initialFiles: number
  /** Files added a working day. */
  readonly fileRate: number
  /** Other files opened, at most, on a day files are added. */
  readonly edits: number
  readonly meanFileBytes: number
  readonly siteBytes: number
  /** Mail received a calendar day. */
  readonly mailRate: number
  readonly meanItemBytes: number
  /** Engage messages posted, read and liked a working day (zero for a group that is no community). */
  readonly engageRates: readonly [number, number, number]
  readonly channels: number
  readonly sharedChannels: number
  /** The share of members who take part in the team on an active day, at most. */
  readonly teamShare: number
}

/**
 * Where a derived group keeps its profile: a slot on the group itself, as a WeakMap holding one
 * entry per group costs the collector dearly over a large tenant's tens of thousands of groups.
 */
export const PROFILE_SLOT: unique symbol = Symbol('groupProfile')
type Slotted = TenantGroup & { [PROFILE_SLOT]?: GroupProfile | undefined }

/**
 * The group with a slot for its profile, as a derived group has one: a listed group's profile
 * held in the WeakMap instead made each garbage collection of a 450,000-group file long. Not
 * enumerable, so that a copy or a comparison of groups sees their facts, not this memo.
 */
export function withProfileSlot<Group extends TenantGroup>(group: Group): Group {
  return Object.defineProperty(group, PROFILE_SLOT, { value: undefined, writable: true, enumerable: false })
}
// Groups made elsewhere (a test's literal) have no slot: their profiles are held here.
const profiles = new WeakMap<TenantGroup, GroupProfile>()

/**
 * The group's profile, from its seed [U]: a quarter of groups are all but dormant (a project that
 * ended, a team nobody uses), the rest log-normal about 1 in liveliness; files of 40 KB to 4 MB on
 * average (notes and spreadsheets, or decks and recordings); 8 to 68 KB an item of mail.
 */
export function profileOf(group: TenantGroup): GroupProfile {
  const slotted = group as Slotted
  let profile = PROFILE_SLOT in slotted ? slotted[PROFILE_SLOT] : profiles.get(group)
  if (profile) return profile
  const s = group.seed
  const live =
    group.index === 0
      ? 1.5
      : unit(s, 90) < 0.25
        ? 0.002 + 0.02 * unit(s, 91)
        : Math.min(3, Math.exp(0.8 * (unit(s, 92) + unit(s, 93) + unit(s, 94) - 1.5)))
  const posted = group.isEngage ? live * (0.05 + 1.5 * unit(s, 30) ** 2) : 0
  // A post is read by a tenth of the members or so, and liked by fewer.
  const readers = Math.max(1, Math.min(40, group.memberCount * (0.05 + 0.15 * unit(s, 31))))
  profile = {
    live,
    initialFiles: Math.floor(6 * unit(s, 10)),
    fileRate: live * (0.2 + 4 * unit(s, 11) ** 2),
    edits: live * 6 * unit(s, 12),
    meanFileBytes: 40_000 * 100 ** unit(s, 14),
    siteBytes: 1_200_000 + Math.floor(600_000 * unit(s, 15)),
    mailRate: live * (0.05 + 3 * unit(s, 20) ** 3),
    meanItemBytes: 8_000 + Math.floor(60_000 * unit(s, 21)),
    engageRates: group.isEngage ? [posted, posted * readers + 0.2, posted * (0.2 + 0.8 * unit(s, 32))] : [0, 0, 0],
    channels: 1 + Math.floor(8 * unit(s, 60) ** 2),
    sharedChannels: unit(s, 61) < 0.1 ? 1 + Math.floor(2 * unit(s, 62)) : 0,
    teamShare: 0.1 + 0.5 * unit(s, 63),
  }
  if (PROFILE_SLOT in slotted) slotted[PROFILE_SLOT] = profile
  else profiles.set(group, profile)
  return profile
}

/** How lively the group is, in (0, 3]. */
export function liveliness(group: TenantGroup): number {
  return profileOf(group).live
}

/** A uniform draw in [0, 1) of the group's `stream` on `day`. */
export function dayUnit(group: TenantGroup, stream: number, day: Day): number {
  return mix(group.seed, stream, day) / 0x1_0000_0000
}
