import type { Day } from './day'
import { SERVICES, type Service } from './services'
import type { TenantUser } from './tenant'

/**
 * How one workload's per-user counts are drawn (email, OneDrive, SharePoint…): which service's
 * activity bit they live on, how many actions, and each user's daily rate per action.
 */
export interface WorkloadModel {
  readonly service: Service
  /** The number of actions, one lane each, in the workload's column order. */
  readonly lanes: number
  /** XORed into the user's workload seed, so that two workloads of one user draw independently. */
  readonly salt: number
  /** Writes the user's daily rate of each lane into `rates`, drawn with `unit(seed, stream)`. */
  readonly rates: (seed: number, rates: Float64Array) => void
  /** The lane that rises by at least one on every active day: what makes a day active. */
  readonly floorLane: number
  /** A lane that also counts every action of the floor lane (mail received includes mail read), or -1. */
  readonly includesFloor: number
}

/**
 * Writes a user's counts on `day` into `out` (one lane per action) and says whether the user was
 * active then. Zero everywhere on a day the user's activity has no bit for the workload, so the
 * workload reports agree with the active-users reports by construction. Cheapest when asked for
 * consecutive days, as a counts report does.
 */
export type WorkloadCounter = (day: Day, out: Int32Array) => boolean

/**
 * A user's counts as running totals over their active days of the workload. After the k-th active
 * day of the window, lane l has reached G_l(k) = ⌊rate_l × (k + ψ_l(k))⌋, ψ a hash of (seed, l, k)
 * in [0, 1) and ψ(0) = 0. G rises by rate × (1 + ψ(k) − ψ(k−1)) on each active day, a factor in
 * (0, 2) that varies from day to day, and not at all on the others. Any span of days then costs
 * two evaluations instead of one per day: the 180-day Detail of 100,000 users stays a byte scan.
 */
class WorkloadTotals {
  private readonly rates: Float64Array
  private readonly seed: number

  constructor(
    private readonly model: WorkloadModel,
    seed: number,
  ) {
    this.seed = (seed ^ model.salt) | 0
    this.rates = new Float64Array(model.lanes)
    model.rates(this.seed, this.rates)
  }

  /** Adds `sign` times the running totals after `k` active days to `out`, one per lane. */
  add(k: number, sign: number, out: Int32Array | number[]): void {
    if (k === 0) return
    const { rates, model } = this
    let floor = 0
    for (let lane = 0; lane < model.lanes; lane++) {
      const psi = (mix(this.seed, lane, k) & 0xff) / 256
      const rate = rates[lane] as number
      // The floor lane rises by at least one on every active day: an active day did something.
      const total =
        lane === model.floorLane ? k + Math.floor(Math.max(0, rate - 1) * (k + psi)) : Math.floor(rate * (k + psi))
      if (lane === model.floorLane) floor = total
      out[lane] = (out[lane] as number) + sign * total
    }
    if (model.includesFloor >= 0) out[model.includesFloor] = (out[model.includesFloor] as number) + sign * floor
  }
}

/** A uniform draw in [0, 1) of the seed's `stream`: module-level, not a closure made per user. */
export function unit(seed: number, stream: number): number {
  return mix(seed, stream, 0x51ed) / 0x1_0000_0000
}

/** A 32-bit hash of (seed, lane, k): the draws of every per-user, per-day fact derived on demand. */
export function mix(seed: number, lane: number, k: number): number {
  let h = Math.imul(seed ^ Math.imul(k, 0x9e3779b1) ^ (lane << 24), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * A user's counts of the workload summed over [from, to], one per lane, derived from the workload
 * seed alone: nothing is held per day, so a million-user tenant still streams in bounded memory,
 * and the same seed gives the same counts on every pass.
 */
export function workloadTotals(model: WorkloadModel, user: TenantUser, firstDay: Day, from: Day, to: Day): number[] {
  const out: number[] = new Array(model.lanes).fill(0)
  const bit = SERVICES.indexOf(model.service)
  const before = activeBetween(user.activity, bit, 0, from - firstDay - 1)
  const through = before + activeBetween(user.activity, bit, from - firstDay, to - firstDay)
  if (through === before) return out
  const totals = new WorkloadTotals(model, user.workloadSeed)
  totals.add(through, 1, out)
  totals.add(before, -1, out)
  return out
}

/**
 * Days of the window between two offsets, both included, whose activity has `bit` set. Four days
 * at a time where the bytes allow: the bit of each byte of a word, summed by one multiplication.
 */
function activeBetween(activity: Uint8Array, bit: number, from: number, to: number): number {
  let at = Math.max(0, from)
  const last = Math.min(to, activity.length - 1)
  let days = 0
  const aligned = activity.byteOffset % 4 === 0
  while (at <= last && (!aligned || at % 4 !== 0)) days += ((activity[at++] as number) >>> bit) & 1
  if (aligned && last - at >= 3) {
    const words = new Uint32Array(activity.buffer, activity.byteOffset, (last + 1) >>> 2)
    for (let word = at >>> 2; word < words.length; word++)
      days += Math.imul(((words[word] as number) >>> bit) & 0x01010101, 0x01010101) >>> 24
    at = words.length * 4
  }
  while (at <= last) days += ((activity[at++] as number) >>> bit) & 1
  return days
}

/** The workload counter of one user, for reports that walk the days in order. */
export function workloadCounter(model: WorkloadModel, user: TenantUser, firstDay: Day): WorkloadCounter {
  const totals = new WorkloadTotals(model, user.workloadSeed)
  const bit = SERVICES.indexOf(model.service)
  const mask = 1 << bit
  let lastOffset = Number.NaN
  let lastDays = 0
  return (day, out) => {
    out.fill(0)
    const offset = day - firstDay
    const active = offset >= 0 && offset < user.activity.length && ((user.activity[offset] as number) & mask) !== 0
    const days = offset === lastOffset + 1 ? lastDays + (active ? 1 : 0) : activeBetween(user.activity, bit, 0, offset)
    lastOffset = offset
    lastDays = days
    if (!active) return false
    totals.add(days, 1, out)
    totals.add(days - 1, -1, out)
    return true
  }
}
