import {
  lastDaysOfLanes,
  SERVICES,
  SKYPE_MODEL,
  SKYPE_SESSIONS,
  skypeMinutesPerSession,
  type Tenant,
  workloadTotals,
} from '@fake-graph/tenant'
import type { WorkloadTotals } from './detail-rows'
import { SKYPE_DETAIL_COUNTS } from './skype-modalities'
import { sumOf } from './workload-activity'
import type { WorkloadAction } from './workload-counts'

const SKYPE = SERVICES.indexOf('skypeForBusiness')
const GROUPS = [SKYPE_SESSIONS.peerToPeer, SKYPE_SESSIONS.organized, SKYPE_SESSIONS.participated] as const

/** The Detail's columns after Last Activity Date, with their JSON fields as the beta resource spells them (spec §1.9). */
const DETAIL: readonly [header: string, field: string][] = [
  ['Total Peer-to-peer Session Count', 'totalPeerToPeerSessionCount'],
  ['Total Organized Conference Count', 'totalOrganizedConferenceCount'],
  ['Total Participated Conference Count', 'totalParticipatedConferenceCount'],
  ['Peer-to-peer Last Activity Date', 'peerToPeerLastActivityDate'],
  ['Organized Conference Last Activity Date', 'organizedConferenceLastActivityDate'],
  ['Participated Conference Last Activity Date', 'participatedConferenceLastActivityDate'],
  ['Peer-to-peer IM Count', 'peerToPeerIMCount'],
  ['Peer-to-peer Audio Count', 'peerToPeerAudioCount'],
  ['Peer-to-peer Audio Minutes', 'peerToPeerAudioMinutes'],
  ['Peer-to-peer Video Count', 'peerToPeerVideoCount'],
  ['Peer-to-peer Video Minutes', 'peerToPeerVideoMinutes'],
  ['Peer-to-peer App Sharing Count', 'peerToPeerAppSharingCount'],
  ['Peer-to-peer File Transfer Count', 'peerToPeerFileTransferCount'],
  ['Organized Conference IM Count', 'organizedConferenceIMCount'],
  ['Organized Conference Audio/Video Count', 'organizedConferenceAudioVideoCount'],
  ['Organized Conference Audio/Video Minutes', 'organizedConferenceAudioVideoMinutes'],
  ['Organized Conference App Sharing Count', 'organizedConferenceAppSharingCount'],
  ['Organized Conference Web Count', 'organizedConferenceWebCount'],
  ['Organized Conference Dial-in/out 3rd Party Count', 'organizedConferenceDialInOut3rdPartyCount'],
  ['Organized Conference Dial-in/out Microsoft Count', 'organizedConferenceCloudDialInOutMicrosoftCount'],
  ['Organized Conference Dial-in Microsoft Minutes', 'organizedConferenceCloudDialInMicrosoftMinutes'],
  ['Organized Conference Dial-out Microsoft Minutes', 'organizedConferenceCloudDialOutMicrosoftMinutes'],
  ['Participated Conference IM Count', 'participatedConferenceIMCount'],
  ['Participated Conference Audio/Video Count', 'participatedConferenceAudioVideoCount'],
  ['Participated Conference Audio/Video Minutes', 'participatedConferenceAudioVideoMinutes'],
  ['Participated Conference App Sharing Count', 'participatedConferenceAppSharingCount'],
  ['Participated Conference Web Count', 'participatedConferenceWebCount'],
  ['Participated Conference Dial-in/out 3rd Party Count', 'participatedConferenceDialInOut3rdPartyCount'],
]

/** The three per-kind last activity dates, which `skypeTotals` holds as days (-1 for none). */
const DATES = new Set([3, 4, 5])

/** The Detail's columns: lane i of `skypeTotals` is column i. */
export const SKYPE_DETAIL_ACTIONS: readonly WorkloadAction[] = DETAIL.map(([header, field], lane) => ({
  header,
  field,
  lane,
  ...(DATES.has(lane) ? { kind: 'date' as const } : {}),
}))

/**
 * A user's Skype for Business Detail numbers over [from, to], in column order: the three session
 * totals, the three last activity dates as of `to` (peer-to-peer is the service's own, as every
 * active day has an instant message; the conference dates are null before the window [I]), and the
 * counts and minutes.
 */
export const skypeTotals = (tenant: Tenant): WorkloadTotals => {
  const { firstDay } = tenant
  return (user, from, to) => {
    const before = user.lastActivityBeforeWindow[SKYPE] ?? -1
    // Most users have no Skype for Business day in the window at all: their last activity says so.
    const last = user.lastActivityDates[SKYPE]
    if (last == null || last < firstDay) return before < 0 ? NONE : withPeerToPeer(before)
    const counts = workloadTotals(SKYPE_MODEL, user, firstDay, from, to)
    const [peerToPeer, organized, participated] = lastDaysOfLanes(SKYPE_MODEL, user, firstDay, to, GROUPS)
    const minutes = counts.some((n) => n > 0) ? skypeMinutesPerSession(user) : NO_MINUTES
    const row = new Array<number>(DETAIL.length)
    GROUPS.forEach((group, i) => {
      row[i] = sumOf(counts, group)
    })
    row[3] = peerToPeer ?? before
    row[4] = organized ?? -1
    row[5] = participated ?? -1
    SKYPE_DETAIL_COUNTS.forEach(([lane, minute], i) => {
      const sessions = counts[lane] as number
      row[6 + i] = minute < 0 ? sessions : sessions * (minutes[minute] as number)
    })
    return row
  }
}

const NO_MINUTES: readonly number[] = [0, 0, 0, 0, 0, 0]

/** The row of a user with no Skype for Business activity in the window: zeros, and no dates. */
const NONE: readonly number[] = DETAIL.map((_, lane) => (DATES.has(lane) ? -1 : 0))

/** A user last active before the window: only the peer-to-peer date survives [I]. */
function withPeerToPeer(day: number): number[] {
  const row = [...NONE]
  row[3] = day
  return row
}

/** The counts reports' columns: sessions peer-to-peer, conferences organised and joined. */
export const SKYPE_DAY_ACTIONS: readonly WorkloadAction[] = [
  { header: 'Peer-to-peer', field: 'peerToPeer', lane: 0 },
  { header: 'Organized', field: 'organized', lane: 1 },
  { header: 'Participated', field: 'participated', lane: 2 },
]

/** The model's lanes each counts column adds. */
export const SKYPE_DAY_GROUPS: readonly (readonly number[])[] = GROUPS
