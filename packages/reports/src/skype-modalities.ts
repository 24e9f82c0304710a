import {
  SKYPE_ACTIONS,
  SKYPE_MINUTE_LANES,
  SKYPE_MODEL,
  skypeMinutesPerSession,
  type Tenant,
  type TenantUser,
  workloadCounter,
} from '@fake-graph/tenant'
import type { CountDay, WorkloadAction } from './workload-counts'

/** A minutes column: its header and field in a minute-counts report, and its column of `skypeMinutesPerSession`. */
interface SkypeMinutes {
  readonly header: string
  readonly field: string
  readonly column: number
}

/** One modality of a kind of session: its counts report column, its model lane, the minutes that time it. */
interface SkypeModality {
  readonly header: string
  readonly field: string
  readonly lane: (typeof SKYPE_ACTIONS)[number]
  readonly minutes?: readonly SkypeMinutes[]
}

/**
 * The one table of Skype for Business modality lanes (spec §1.9): for sessions peer-to-peer,
 * conferences organised and conferences joined, each modality's column in the counts and user
 * counts reports, the model's lane it reads, and the minute columns of its sessions. The Detail's
 * count and minute columns are this table in order, each modality followed by its minutes, and
 * every counts report reads it.
 */
export const SKYPE_MODALITIES = {
  peerToPeer: [
    { header: 'IM', field: 'im', lane: 'peerToPeerIm' },
    {
      header: 'Audio',
      field: 'audio',
      lane: 'peerToPeerAudio',
      minutes: [{ header: 'Audio', field: 'audio', column: 0 }],
    },
    {
      header: 'Video',
      field: 'video',
      lane: 'peerToPeerVideo',
      minutes: [{ header: 'Video', field: 'video', column: 1 }],
    },
    { header: 'App Sharing', field: 'appSharing', lane: 'peerToPeerAppSharing' },
    { header: 'File Transfer', field: 'fileTransfer', lane: 'peerToPeerFileTransfer' },
  ],
  organizer: [
    { header: 'IM', field: 'im', lane: 'organizedIm' },
    {
      header: 'Audio/Video',
      field: 'audioVideo',
      lane: 'organizedAudioVideo',
      minutes: [{ header: 'Audio/Video', field: 'audioVideo', column: 2 }],
    },
    { header: 'App Sharing', field: 'appSharing', lane: 'organizedAppSharing' },
    { header: 'Web', field: 'web', lane: 'organizedWeb' },
    { header: 'Dial-in/out 3rd Party', field: 'dialInOut3rdParty', lane: 'organizedDialInOut3rdParty' },
    {
      header: 'Dial-in/out Microsoft',
      field: 'dialInOutMicrosoft',
      lane: 'organizedDialInOutMicrosoft',
      minutes: [
        { header: 'Dial-in Microsoft', field: 'dialInMicrosoft', column: 3 },
        { header: 'Dial-out Microsoft', field: 'dialOutMicrosoft', column: 4 },
      ],
    },
  ],
  participant: [
    { header: 'IM', field: 'im', lane: 'participatedIm' },
    {
      header: 'Audio/Video',
      field: 'audioVideo',
      lane: 'participatedAudioVideo',
      minutes: [{ header: 'Audio/Video', field: 'audioVideo', column: 5 }],
    },
    { header: 'App Sharing', field: 'appSharing', lane: 'participatedAppSharing' },
    { header: 'Web', field: 'web', lane: 'participatedWeb' },
    { header: 'Dial-in/out 3rd Party', field: 'dialInOut3rdParty', lane: 'participatedDialInOut3rdParty' },
  ],
} as const satisfies Record<string, readonly SkypeModality[]>

export type SkypeKind = keyof typeof SKYPE_MODALITIES

const modalities = (kind: SkypeKind): readonly SkypeModality[] => SKYPE_MODALITIES[kind]

/** A kind's columns in the counts and user-counts reports, each reading its lane of the model. */
export function skypeSessionActions(kind: SkypeKind): WorkloadAction[] {
  return modalities(kind).map(({ header, field, lane }) => ({ header, field, lane: SKYPE_ACTIONS.indexOf(lane) }))
}

/** A kind's columns in the minute-counts report, each reading its lane of `skypeMinuteDays`. */
export function skypeMinuteActions(kind: SkypeKind): WorkloadAction[] {
  return modalities(kind).flatMap(({ minutes = [] }) =>
    minutes.map(({ header, field, column }) => ({ header, field, lane: column })),
  )
}

/**
 * Where each count column of the Detail reads the model, in header order: a modality's lane
 * (minutes -1), or its sessions' lane times the user's minutes per session of a column.
 */
export const SKYPE_DETAIL_COUNTS: readonly (readonly [lane: number, minutes: number])[] = (
  ['peerToPeer', 'organizer', 'participant'] as const
).flatMap((kind) =>
  modalities(kind).flatMap(({ lane, minutes = [] }) => [
    [SKYPE_ACTIONS.indexOf(lane), -1] as const,
    ...minutes.map(({ column }) => [SKYPE_MINUTE_LANES[column] as number, column] as const),
  ]),
)

/**
 * Adds a user's minutes of each day, one lane per column of `skypeMinutesPerSession`: the
 * sessions of the column's lane that day times the user's minutes per session, so that a day's
 * minutes are the date Detail's.
 */
export const skypeMinuteDays =
  (tenant: Tenant) =>
  (user: TenantUser): CountDay => {
    const counter = workloadCounter(SKYPE_MODEL, user, tenant.firstDay)
    const day = new Int32Array(SKYPE_MODEL.lanes)
    let minutes: readonly number[] | undefined
    return (at, lanes) => {
      if (!counter(at, day)) return
      minutes ??= skypeMinutesPerSession(user)
      for (let column = 0; column < lanes.length; column++) {
        const sessions = day[SKYPE_MINUTE_LANES[column] as number] as number
        lanes[column] = (lanes[column] as number) + sessions * (minutes[column] as number)
      }
    }
  }

/** How many lanes `skypeMinuteDays` adds into: one per minute column. */
export const SKYPE_MINUTE_COLUMNS = SKYPE_MINUTE_LANES.length
