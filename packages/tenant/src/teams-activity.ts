import { unit, type WorkloadModel } from './workload-activity'

/**
 * The Teams actions of the user-activity reports, one lane each. The first eight follow the
 * Detail's documented columns; the unclassified meetings (counted in the meeting totals but in no
 * column of their own, as Graph's reference notes), the extra seconds of audio, video and screen
 * share, and the other actions have lanes but no count column.
 */
export const TEAMS_ACTIONS = [
  'teamChatMessages',
  'privateChatMessages',
  'calls',
  'meetings',
  'postMessages',
  'replyMessages',
  'meetingsOrganized',
  'meetingsAttended',
  'adHocMeetingsOrganized',
  'adHocMeetingsAttended',
  'scheduledOneTimeMeetingsOrganized',
  'scheduledOneTimeMeetingsAttended',
  'scheduledRecurringMeetingsOrganized',
  'scheduledRecurringMeetingsAttended',
  'unclassifiedMeetingsOrganized',
  'unclassifiedMeetingsAttended',
  'urgentMessages',
  'audioSeconds',
  'videoSeconds',
  'screenShareSeconds',
  'audioExtraSeconds',
  'videoExtraSeconds',
  'screenShareExtraSeconds',
  'otherActions',
] as const
export type TeamsAction = (typeof TEAMS_ACTIONS)[number]

const LANES = Object.fromEntries(TEAMS_ACTIONS.map((action, index) => [action, index])) as Record<TeamsAction, number>

/** A Teams action's lane. */
export const teamsLane = (action: TeamsAction): number => LANES[action]

const lane = teamsLane

/**
 * Teams counts live on Teams-active days; an active day is one with a private chat message [I]:
 * chat is the commonest Teams action, and a day of meetings alone would be a day without one.
 * Team chat is posts plus replies (a real export reads 5, 2 and 3); a meeting count is the
 * meetings organized plus those attended; each duration is seconds per call or meeting plus a
 * per-user spread, and audio includes the spread of video, so it is never shorter than video.
 */
export const TEAMS_MODEL: WorkloadModel = {
  service: 'teams',
  lanes: TEAMS_ACTIONS.length,
  salt: 0x7465616d,
  floorLane: lane('privateChatMessages'),
  includesFloor: -1,
  packedHashes: true,
  rates: (s, rates) => {
    // A log-normal chatter: median about 15 private messages a working day.
    rates[LANES.privateChatMessages] = 15 * Math.exp(0.9 * (unit(s, 1) + unit(s, 2) + unit(s, 3) - 1.5))
    const channels = unit(s, 4) < 0.7
    rates[LANES.postMessages] = channels ? 0.05 + 0.8 * unit(s, 5) ** 2 : 0
    rates[LANES.replyMessages] = channels ? 0.1 + 2.5 * unit(s, 6) ** 2 : 0
    rates[LANES.urgentMessages] = unit(s, 7) < 0.08 ? 0.02 + 0.1 * unit(s, 8) : 0
    rates[LANES.calls] = 0.05 + 1.2 * unit(s, 9) ** 2
    // Organizers are fewer than attendees: most meetings are someone else's recurring one.
    const organizer = unit(s, 10) < 0.55
    rates[LANES.adHocMeetingsOrganized] = organizer ? 0.03 + 0.3 * unit(s, 11) ** 2 : 0
    rates[LANES.adHocMeetingsAttended] = 0.03 + 0.3 * unit(s, 12) ** 2
    rates[LANES.scheduledOneTimeMeetingsOrganized] = organizer ? 0.05 + 0.45 * unit(s, 13) ** 2 : 0
    rates[LANES.scheduledOneTimeMeetingsAttended] = 0.1 + 0.7 * unit(s, 14) ** 2
    rates[LANES.scheduledRecurringMeetingsOrganized] = organizer ? 0.08 + 0.6 * unit(s, 15) ** 2 : 0
    rates[LANES.scheduledRecurringMeetingsAttended] = 0.3 + 1.4 * unit(s, 16) ** 2
    rates[LANES.unclassifiedMeetingsOrganized] = organizer ? 0.01 * unit(s, 17) : 0
    rates[LANES.unclassifiedMeetingsAttended] = 0.05 * unit(s, 18)
    rates[LANES.audioExtraSeconds] = 20 + 600 * unit(s, 19)
    rates[LANES.videoExtraSeconds] = unit(s, 20) < 0.6 ? 10 + 400 * unit(s, 21) : 0
    rates[LANES.screenShareExtraSeconds] = unit(s, 22) < 0.5 ? 5 + 300 * unit(s, 23) : 0
    rates[LANES.otherActions] = unit(s, 24) < 0.6 ? 0.05 + 0.6 * unit(s, 25) ** 2 : 0
  },
  sums: [
    { lane: lane('teamChatMessages'), of: [lane('postMessages'), lane('replyMessages')] },
    {
      lane: lane('meetingsOrganized'),
      of: [
        lane('adHocMeetingsOrganized'),
        lane('scheduledOneTimeMeetingsOrganized'),
        lane('scheduledRecurringMeetingsOrganized'),
        lane('unclassifiedMeetingsOrganized'),
      ],
    },
    {
      lane: lane('meetingsAttended'),
      of: [
        lane('adHocMeetingsAttended'),
        lane('scheduledOneTimeMeetingsAttended'),
        lane('scheduledRecurringMeetingsAttended'),
        lane('unclassifiedMeetingsAttended'),
      ],
    },
    { lane: lane('meetings'), of: [lane('meetingsOrganized'), lane('meetingsAttended')] },
    {
      // About 7 minutes a call and 25 a meeting, with every meeting's video in it too.
      lane: lane('audioSeconds'),
      of: [lane('calls'), lane('meetings'), lane('audioExtraSeconds'), lane('videoExtraSeconds')],
      weights: [420, 1500, 1, 1],
    },
    {
      lane: lane('videoSeconds'),
      of: [lane('meetingsAttended'), lane('videoExtraSeconds')],
      weights: [600, 1],
    },
    {
      lane: lane('screenShareSeconds'),
      of: [lane('meetingsOrganized'), lane('screenShareExtraSeconds')],
      weights: [300, 1],
    },
  ],
}
