import type { TenantUser } from './tenant'
import { unit, type WorkloadModel } from './workload-activity'

/**
 * The Skype for Business sessions the activity reports count, one lane each: peer-to-peer by
 * modality, then conferences organised and conferences joined by modality (spec §1.9). The
 * session totals and the minutes are derived from these (see `SKYPE_MINUTE_LANES`).
 */
export const SKYPE_ACTIONS = [
  'peerToPeerIm',
  'peerToPeerAudio',
  'peerToPeerVideo',
  'peerToPeerAppSharing',
  'peerToPeerFileTransfer',
  'organizedIm',
  'organizedAudioVideo',
  'organizedAppSharing',
  'organizedWeb',
  'organizedDialInOut3rdParty',
  'organizedDialInOutMicrosoft',
  'participatedIm',
  'participatedAudioVideo',
  'participatedAppSharing',
  'participatedWeb',
  'participatedDialInOut3rdParty',
] as const

const lane = (action: (typeof SKYPE_ACTIONS)[number]) => SKYPE_ACTIONS.indexOf(action)

/** The lanes each session total adds: a conference or session is counted once, in its modality [I]. */
export const SKYPE_SESSIONS = {
  peerToPeer: [0, 1, 2, 3, 4],
  organized: [5, 6, 7, 8],
  participated: [11, 12, 13, 14],
} as const

/**
 * Skype for Business Online was retired on 31 July 2021, so a tenant's few remaining users are
 * holdouts who send an instant message now and then; conferences, video and dial-in are rare.
 * Counts live on the user's Skype-active days of the active-users reports, which the tenant keeps
 * as they were; an active day is one with a peer-to-peer instant message [I].
 */
export const SKYPE_MODEL: WorkloadModel = {
  service: 'skypeForBusiness',
  lanes: SKYPE_ACTIONS.length,
  salt: 0x736b7970,
  floorLane: lane('peerToPeerIm'),
  includesFloor: -1,
  rates: (s, rates) => {
    rates.fill(0)
    rates[0] = 0.5 + 2 * unit(s, 1) ** 2
    rates[1] = 0.05 + 0.4 * unit(s, 2) ** 2
    rates[2] = unit(s, 3) < 0.2 ? 0.02 + 0.1 * unit(s, 4) : 0
    rates[3] = 0.02 + 0.1 * unit(s, 5) ** 2
    rates[4] = 0.01 + 0.05 * unit(s, 6)
    // A fifth still organise the odd Skype meeting; a third still join one.
    if (unit(s, 7) < 0.2) {
      rates[5] = 0.02 + 0.1 * unit(s, 8)
      rates[6] = 0.05 + 0.3 * unit(s, 9)
      rates[7] = 0.02 + 0.1 * unit(s, 10)
      rates[8] = 0.01 + 0.05 * unit(s, 11)
      rates[9] = unit(s, 12) < 0.1 ? 0.01 + 0.05 * unit(s, 13) : 0
      rates[10] = unit(s, 14) < 0.2 ? 0.02 + 0.1 * unit(s, 15) : 0
    }
    if (unit(s, 16) < 0.35) {
      rates[11] = 0.02 + 0.1 * unit(s, 17)
      rates[12] = 0.05 + 0.4 * unit(s, 18)
      rates[13] = 0.02 + 0.1 * unit(s, 19)
      rates[14] = 0.01 + 0.1 * unit(s, 20)
      rates[15] = unit(s, 21) < 0.1 ? 0.01 + 0.05 * unit(s, 22) : 0
    }
  },
}

/**
 * The lane whose sessions each minute column times: peer-to-peer audio and video, organised
 * audio/video, organised dial-in and dial-out (both Microsoft), participated audio/video.
 */
export const SKYPE_MINUTE_LANES = [1, 2, 6, 10, 10, 12] as const

/**
 * A user's minutes per session of each `SKYPE_MINUTE_LANES` column, a whole number so that minutes
 * over a period are the sum of each day's: calls 3 to 25 minutes, conferences 15 to 60, and a
 * dial-out only for one dial-in user in four.
 */
export function skypeMinutesPerSession(user: TenantUser): number[] {
  const s = (user.workloadSeed ^ SKYPE_MODEL.salt ^ 0x6d696e) | 0
  const between = (stream: number, low: number, high: number) => low + Math.floor((high - low + 1) * unit(s, stream))
  return [
    between(1, 3, 25),
    between(2, 3, 25),
    between(3, 15, 60),
    between(4, 15, 60),
    unit(s, 5) < 0.25 ? between(6, 5, 30) : 0,
    between(7, 15, 60),
  ]
}
