import { type Tenant, type TenantUser, type WorkloadModel, workloadCounter, workloadTotals } from '@fake-graph/tenant'
import type { WorkloadTotals } from './detail-rows'
import type { CountDay, WorkloadAction } from './workload-counts'

/** A header's JSON field, as Graph names them: `Viewed Or Edited File Count` is `viewedOrEditedFileCount`. */
export function fieldOf(header: string): string {
  const words = header.split(' ')
  return words.map((word, i) => (i === 0 ? word.toLowerCase() : word)).join('')
}

/** Columns of actions by their headers, reading lane `lanes[i]` (or lane i) of the model. */
export function actionsOf(headers: readonly string[], lanes?: readonly number[]): WorkloadAction[] {
  return headers.map((header, i) => ({ header, field: fieldOf(header), lane: lanes?.[i] ?? i }))
}

/** A user's counts of the workload over [from, to], for the Detail. */
export const totalsOf =
  (model: WorkloadModel) =>
  (tenant: Tenant): WorkloadTotals =>
  (user, from, to) =>
    workloadTotals(model, user, tenant.firstDay, from, to)

/**
 * A user's counts of each day, added into the report's lanes by `add`: the one walk that every
 * counts report of every workload shares. With `groups`, report lane i is the sum of the model's
 * lanes in `groups[i]` (Skype for Business counts sessions of any modality).
 */
const workloadDays =
  (add: (lanes: Float64Array, day: Int32Array) => void) =>
  (model: WorkloadModel, groups?: readonly (readonly number[])[]) =>
  (tenant: Tenant) =>
  (user: TenantUser): CountDay => {
    const counter = workloadCounter(model, user, tenant.firstDay)
    const day = new Int32Array(model.lanes)
    if (!groups) {
      return (at, lanes) => {
        if (counter(at, day)) add(lanes, day)
      }
    }
    const grouped = new Int32Array(groups.length)
    return (at, lanes) => {
      if (!counter(at, day)) return
      for (let i = 0; i < groups.length; i++) grouped[i] = sumOf(day, groups[i] as readonly number[])
      add(lanes, grouped)
    }
  }

/** The sum of `lanes` of `counts`. */
export function sumOf(counts: ArrayLike<number>, lanes: readonly number[]): number {
  let sum = 0
  for (const lane of lanes) sum += counts[lane] as number
  return sum
}

/** Adds a user's counts of each day: the daily sums (`getEmailActivityCounts`, the file counts, the pages). */
export const workloadSums = workloadDays((lanes, day) => {
  for (let lane = 0; lane < day.length; lane++) lanes[lane] = (lanes[lane] as number) + (day[lane] as number)
})

/** Adds one for each action a user did at least once that day: the user-counts reports. */
export const workloadUsers = workloadDays((lanes, day) => {
  for (let lane = 0; lane < day.length; lane++) if ((day[lane] as number) > 0) lanes[lane] = (lanes[lane] as number) + 1
})
