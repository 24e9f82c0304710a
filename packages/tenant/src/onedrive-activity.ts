import { unit, type WorkloadModel } from './workload-activity'

/** The OneDrive file actions of the activity reports, in their column order (spec §1.7). */
export const ONEDRIVE_ACTIONS = ['viewedOrEdited', 'synced', 'sharedInternally', 'sharedExternally'] as const

/**
 * OneDrive counts live on OneDrive-active days; an active day is one with a file viewed or edited
 * [I]: the other actions are rarer, and a day of sharing alone would be a day without a view.
 */
export const ONEDRIVE_MODEL: WorkloadModel = {
  service: 'oneDrive',
  lanes: ONEDRIVE_ACTIONS.length,
  salt: 0x6f6e6564,
  floorLane: 0,
  includesFloor: -1,
  rates: (s, rates) => {
    // A log-normal editor: median about 6 files viewed or edited a day.
    rates[0] = 6 * Math.exp(0.9 * (unit(s, 1) + unit(s, 2) + unit(s, 3) - 1.5))
    // About a third of users run the sync client, which syncs files in bursts.
    rates[1] = unit(s, 4) < 0.35 ? 1 + 20 * unit(s, 5) ** 2 : 0
    rates[2] = 0.05 + 0.6 * unit(s, 6) ** 2
    // Sharing outside the organisation is rare, and most users never do it.
    rates[3] = unit(s, 7) < 0.2 ? 0.02 + 0.3 * unit(s, 8) : 0
  },
}
