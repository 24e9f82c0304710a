import type { Day } from './day'
import type { TenantUser } from './tenant'
import { unit, type WorkloadCounter, type WorkloadModel, workloadCounter, workloadTotals } from './workload-activity'

/** The Exchange actions the email activity reports count, in their column order (spec §1.3). */
export const EMAIL_ACTIONS = ['send', 'receive', 'read', 'meetingCreated', 'meetingInteracted'] as const
export type EmailAction = (typeof EMAIL_ACTIONS)[number]

/** A user's email counts of a day (`WorkloadCounter` over `EMAIL_ACTIONS`). */
export type EmailCounter = WorkloadCounter

/** Email counts live on Exchange-active days; an active day is one with mail read. */
export const EMAIL_MODEL: WorkloadModel = {
  service: 'exchange',
  lanes: EMAIL_ACTIONS.length,
  // No salt: the email counts were drawn from the bare workload seed before other workloads existed.
  salt: 0,
  floorLane: 2,
  // Received is what was read plus what was not: never less than read.
  includesFloor: 1,
  rates: (s, rates) => {
    // A log-normal reader: median about 20 messages read a working day, a long tail of heavy readers.
    const read = 20 * Math.exp(0.8 * (unit(s, 1) + unit(s, 2) + unit(s, 3) - 1.5))
    const heavySender = unit(s, 4) < 0.05
    rates[0] = read * (heavySender ? 0.8 + 0.7 * unit(s, 5) : 0.05 + 0.5 * unit(s, 5) ** 2)
    rates[1] = read * (0.2 + 1.3 * unit(s, 6))
    rates[2] = read
    // Meetings are a few a week: a rate under one shows as a meeting every few days.
    rates[3] = 0.05 + 1.2 * unit(s, 7) ** 2
    rates[4] = 0.3 + 2.5 * unit(s, 8)
  },
}

/** A user's email counts summed over [from, to], one per `EMAIL_ACTIONS`. */
export function emailTotals(user: TenantUser, firstDay: Day, from: Day, to: Day): number[] {
  return workloadTotals(EMAIL_MODEL, user, firstDay, from, to)
}

/** The email counter of one user, for reports that walk the days in order. */
export function emailCounter(user: TenantUser, firstDay: Day): EmailCounter {
  return workloadCounter(EMAIL_MODEL, user, firstDay)
}
