import { EMAIL_ACTIONS, emailCounter, emailTotals, type Tenant, type TenantUser } from '@fake-graph/tenant'
import type { CountDay, WorkloadAction } from './workload-counts'
import type { WorkloadTotals } from './workload-detail-rows'

/** The email actions as the counts reports head them (spec §1.3); the Detail adds " Count". */
const LABELS = ['Send', 'Receive', 'Read', 'Meeting Created', 'Meeting Interacted'] as const

/** The counts reports' columns per action: `Send`/`send` … `Meeting Interacted`/`meetingInteracted`. */
export const EMAIL_DAY_ACTIONS: readonly WorkloadAction[] = EMAIL_ACTIONS.map((field, i) => ({
  header: LABELS[i] as string,
  field,
}))

/** The Detail's columns per action: `Send Count`/`sendCount` … */
export const EMAIL_DETAIL_ACTIONS: readonly WorkloadAction[] = EMAIL_DAY_ACTIONS.map((action) => ({
  header: `${action.header} Count`,
  field: `${action.field}Count`,
}))

/** A user's email counts over [from, to], for the Detail. */
export const emailTotalsOf =
  (tenant: Tenant): WorkloadTotals =>
  (user, from, to) =>
    emailTotals(user, tenant.firstDay, from, to)

/**
 * A user's email counts of each day, added into the report's lanes by `add`: the one walk that
 * both counts reports share.
 */
const emailDays =
  (add: (lanes: Int32Array, day: Int32Array) => void) =>
  (tenant: Tenant) =>
  (user: TenantUser): CountDay => {
    const counter = emailCounter(user, tenant.firstDay)
    const day = new Int32Array(EMAIL_ACTIONS.length)
    return (at, lanes) => {
      if (counter(at, day)) add(lanes, day)
    }
  }

/** Adds a user's email counts of each day, for `getEmailActivityCounts`. */
export const emailSums = emailDays((lanes, day) => {
  for (let lane = 0; lane < day.length; lane++) lanes[lane] = (lanes[lane] as number) + (day[lane] as number)
})

/** Adds one for each action a user did at least once that day, for `getEmailActivityUserCounts`. */
export const emailUsers = emailDays((lanes, day) => {
  for (let lane = 0; lane < day.length; lane++) if ((day[lane] as number) > 0) lanes[lane] = (lanes[lane] as number) + 1
})
