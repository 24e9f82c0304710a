import { unit, type WorkloadModel } from './workload-activity'

/** The Viva Engage (Yammer) actions of the activity Detail, in its column order (spec §1.13). */
export const YAMMER_ACTIONS = ['posted', 'read', 'liked'] as const

/**
 * Yammer counts live on Yammer-active days; an active day is one with a message read [I]: most
 * of a network's members only read, and a post or a like is made on a message the user has seen.
 */
export const YAMMER_MODEL: WorkloadModel = {
  service: 'yammer',
  lanes: YAMMER_ACTIONS.length,
  salt: 0x79616d6d,
  floorLane: 1,
  includesFloor: -1,
  rates: (s, rates) => {
    // Most members lurk: two in five post at all, and then now and then.
    rates[0] = unit(s, 1) < 0.4 ? 0.05 + 0.9 * unit(s, 2) ** 2 : 0
    // A log-normal reader: median about 5 messages a day.
    rates[1] = 5 * Math.exp(0.9 * (unit(s, 3) + unit(s, 4) + unit(s, 5) - 1.5))
    rates[2] = unit(s, 6) < 0.7 ? 0.1 + 1.5 * unit(s, 7) : 0
  },
}
