import { unit, type WorkloadModel } from './workload-activity'

/** The SharePoint actions of the activity Detail, in its column order (spec §1.8). */
export const SHAREPOINT_ACTIONS = [
  'viewedOrEdited',
  'synced',
  'sharedInternally',
  'sharedExternally',
  'visitedPage',
] as const

/**
 * SharePoint counts live on SharePoint-active days; an active day is one with a page visited [I]:
 * Graph calls a user active who did a file activity or visited a page, and a file opened in a
 * site is reached through one of its pages.
 */
export const SHAREPOINT_MODEL: WorkloadModel = {
  service: 'sharePoint',
  lanes: SHAREPOINT_ACTIONS.length,
  salt: 0x73686172,
  floorLane: 4,
  includesFloor: -1,
  rates: (s, rates) => {
    // Most users open a file now and then; a fifth only read pages.
    rates[0] = unit(s, 1) < 0.8 ? 0.3 + 5 * unit(s, 2) ** 2 : 0
    rates[1] = unit(s, 3) < 0.15 ? 1 + 10 * unit(s, 4) : 0
    rates[2] = 0.02 + 0.3 * unit(s, 5) ** 2
    rates[3] = unit(s, 6) < 0.1 ? 0.01 + 0.15 * unit(s, 7) : 0
    // A log-normal visitor: median about 8 pages a day.
    rates[4] = 8 * Math.exp(0.8 * (unit(s, 8) + unit(s, 9) + unit(s, 10) - 1.5))
  },
}
