import { type Day, isWeekend } from './day'
import { dayUnit, type GroupProfile, isLivedWorkday, lastLivedDay, profileOf } from './group-days'
import type { TenantGroup } from './groups'

/** The Teams team activity columns, one lane each, in the team Detail's order. */
export const TEAM_ACTIONS = [
  'activeUsers',
  'activeChannels',
  'guests',
  'reactions',
  'meetingsOrganized',
  'postMessages',
  'replyMessages',
  'channelMessages',
  'urgentMessages',
  'mentions',
  'activeSharedChannels',
  'activeExternalUsers',
] as const
export type TeamAction = (typeof TEAM_ACTIONS)[number]

const L = Object.fromEntries(TEAM_ACTIONS.map((action, index) => [action, index])) as Record<TeamAction, number>

/**
 * The lanes that count people or channels rather than actions: over a span they are the distinct
 * ones, not a sum of days, so a team's active users never exceed its members.
 */
export const TEAM_DISTINCT_LANES: readonly number[] = [
  L.activeUsers,
  L.activeChannels,
  L.guests,
  L.activeSharedChannels,
  L.activeExternalUsers,
]

/** Whether the team did anything on `day`: teams of the tenant's groups, on working days [I]. */
export function isTeamActiveOn(group: TenantGroup, day: Day): boolean {
  return group.isTeam && isLivedWorkday(group, day) && dayUnit(group, 64, day) < activeShare(profileOf(group))
}

/** The share of its working days a team is active on. */
function activeShare(profile: GroupProfile): number {
  return Math.min(0.95, 0.5 * profile.live)
}

/**
 * The team's activity on `day`, one number per lane of TEAM_ACTIONS, zero on a day it did nothing.
 * Its own draws, inferred rather than summed over its members' Teams activity (that would derive
 * every member of every team) [I]: at least one member active, never more than its members; a
 * channel message is a post or a reply; guests are active members from outside.
 */
export function teamActivityOn(group: TenantGroup, day: Day, out: Int32Array | number[]): void {
  if (!isTeamActiveOn(group, day)) {
    for (let lane = 0; lane < TEAM_ACTIONS.length; lane++) out[lane] = 0
    return
  }
  activeDayInto(group, profileOf(group), day, out)
}

/** Every lane of an active day of the team, written into `out`, from the group's profile. */
function activeDayInto(group: TenantGroup, profile: GroupProfile, day: Day, out: Int32Array | number[]): void {
  const { channels, sharedChannels: shared, teamShare: share, live } = profile
  const posts = Math.floor(live * 3 * dayUnit(group, 65, day))
  const replies = 1 + Math.floor(posts * 3 * dayUnit(group, 66, day)) + Math.floor(2 * live * dayUnit(group, 67, day))
  out[L.activeUsers] = Math.min(
    group.memberCount,
    1 + Math.floor((group.memberCount - 1) * share * dayUnit(group, 68, day)),
  )
  out[L.activeChannels] = 1 + Math.floor((channels - 1) * dayUnit(group, 69, day))
  out[L.guests] =
    group.externalMemberCount > 0 && dayUnit(group, 70, day) < 0.3
      ? 1 + Math.floor((group.externalMemberCount - 1) * dayUnit(group, 71, day))
      : 0
  out[L.reactions] = Math.floor((posts + replies) * 1.5 * dayUnit(group, 72, day))
  out[L.meetingsOrganized] = dayUnit(group, 73, day) < 0.25 ? 1 + Math.floor(2 * dayUnit(group, 74, day)) : 0
  out[L.postMessages] = posts
  out[L.replyMessages] = replies
  out[L.channelMessages] = posts + replies
  out[L.urgentMessages] = dayUnit(group, 75, day) < 0.03 ? 1 : 0
  out[L.mentions] = Math.floor(replies * 0.4 * dayUnit(group, 76, day))
  out[L.activeSharedChannels] =
    shared > 0 && dayUnit(group, 77, day) < 0.4 ? 1 + Math.floor((shared - 1) * dayUnit(group, 78, day)) : 0
  out[L.activeExternalUsers] =
    (out[L.activeSharedChannels] as number) > 0 ? 1 + Math.floor(4 * dayUnit(group, 79, day)) : 0
}

/**
 * The team's activity over [from, to]: actions summed over the days; people and channels counted
 * once each, as the share of them a day left unseen shrinks day by day [I], never fewer than the
 * busiest day's and never more than there are (members, channels, guests).
 */
export function teamActivityBetween(group: TenantGroup, from: Day, to: Day, out: number[]): void {
  for (let lane = 0; lane < TEAM_ACTIONS.length; lane++) out[lane] = 0
  if (!group.isTeam) return
  const profile = profileOf(group)
  const { channels, sharedChannels: shared } = profile
  // External users of shared channels have no cap of their own: a few, who come back.
  const caps = [group.memberCount, channels, group.externalMemberCount, shared, 5]
  const unseen = [1, 1, 1, 1, 1]
  const busiest = [0, 0, 0, 0, 0]
  const day: number[] = TEAM_ACTIONS.map(() => 0)
  const share = activeShare(profile)
  // The days of isTeamActiveOn, with the group's life and profile looked up once for the span
  // rather than once a day: the walk is most of the team Detail's time.
  const last = lastLivedDay(group, to)
  for (let at = Math.max(from, group.createdDate); at <= last; at++) {
    if (isWeekend(at) || dayUnit(group, 64, at) >= share) continue
    activeDayInto(group, profile, at, day)
    for (let lane = 0; lane < TEAM_ACTIONS.length; lane++) out[lane] = (out[lane] as number) + (day[lane] as number)
    for (let i = 0; i < TEAM_DISTINCT_LANES.length; i++) {
      const n = day[TEAM_DISTINCT_LANES[i] as number] as number
      busiest[i] = Math.max(busiest[i] as number, n)
      const cap = caps[i] as number
      if (cap > 0) unseen[i] = (unseen[i] as number) * (1 - Math.min(1, n / cap))
    }
  }
  for (let i = 0; i < TEAM_DISTINCT_LANES.length; i++) {
    const cap = caps[i] as number
    out[TEAM_DISTINCT_LANES[i] as number] = Math.max(
      busiest[i] as number,
      Math.min(cap, Math.round(cap * (1 - (unseen[i] as number)))),
    )
  }
}

/** How far back a team's last activity is looked for. */
const LOOKBACK_DAYS = 730

/** The team's last active day on or before `asOf`, or null. */
export function teamLastActivity(group: TenantGroup, asOf: Day): Day | null {
  if (!group.isTeam) return null
  const stop = Math.max(group.createdDate, asOf - LOOKBACK_DAYS)
  for (let day = asOf; day >= stop; day--) if (isTeamActiveOn(group, day)) return day
  return null
}
