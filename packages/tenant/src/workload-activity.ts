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
  /** The floor lane of one user where it differs between users (the device a user mostly works on). */
  readonly floorOf?: (seed: number) => number
  /**
   * Lanes that are weighted sums of earlier lanes rather than draws of their own, in order (a
   * meeting count is the meetings organized plus those attended). Their rates are ignored.
   */
  readonly sums?: readonly WorkloadSum[]
  /**
   * Draw ψ for four lanes from one hash, a byte each, rather than one hash a lane. The models
   * made before it (email, OneDrive, SharePoint) hash per lane, so their counts stay as they were.
   */
  readonly packedHashes?: boolean
}

/** Lane `lane` is the sum of `weights[i]` (1 by default) times lane `of[i]`. */
export interface WorkloadSum {
  readonly lane: number
  readonly of: readonly number[]
  readonly weights?: readonly number[]
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
  private seed = 0
  private floorLane = 0
  /** The lanes a scenario set, one bit each: their ψ is 0, so a whole count is that count every active day. */
  private fixed = 0
  /** The totals after k days, lane by lane, for the sums that read them; only where the model has sums. */
  private readonly scratch: Int32Array | undefined

  constructor(
    private readonly model: WorkloadModel,
    user: TenantUser,
  ) {
    this.rates = new Float64Array(model.lanes)
    this.scratch = model.sums ? scratchOf(model.lanes) : undefined
    this.reseed(user)
  }

  /** Draws the rates of `user`, then applies the scenario's own: one instance can serve user after user. */
  reseed(user: TenantUser): this {
    const { model } = this
    this.seed = (user.workloadSeed ^ model.salt) | 0
    // As fresh as a new instance's: a model may draw only the lanes its user does.
    this.rates.fill(0)
    model.rates(this.seed, this.rates)
    this.floorLane = model.floorOf ? model.floorOf(this.seed) : model.floorLane
    this.fixed = 0
    const set = user.dailyRates?.get(model)
    if (set) this.fix(set)
    // A sum's rate is never read: zero, so that the loop below draws nothing for it.
    for (const { lane } of model.sums ?? []) this.rates[lane] = 0
    return this
  }

  /**
   * A scenario's own rates, where it set them. A lane that includes the floor lane's actions (mail
   * received includes mail read) is set as the report prints it, so it draws only the rest.
   */
  private fix(set: Float64Array): void {
    const { rates, model } = this
    set.forEach((rate, lane) => {
      if (Number.isNaN(rate)) return
      rates[lane] = rate
      this.fixed |= 1 << lane
    })
    // Where the floor is each user's own (the main Teams client), a scenario's is its first lane in use.
    if (model.floorOf) this.floorLane = scenarioFloor(set) ?? this.floorLane
    const includes = model.includesFloor
    if (includes >= 0 && !Number.isNaN(set[includes] as number)) {
      rates[includes] = Math.max(0, (rates[includes] as number) - Math.max(1, rates[this.floorLane] as number))
    }
  }

  /** Adds `sign` times the running totals after `k` active days to `out`, one per lane. */
  add(k: number, sign: number, out: Int32Array | number[]): void {
    if (k === 0) return
    const { rates, model, floorLane, scratch } = this
    let floor = 0
    let group = -1
    let word = 0
    for (let lane = 0; lane < model.lanes; lane++) {
      const rate = rates[lane] as number
      // A lane never drawn (a sum, or an action the user never does) costs no hash.
      if (rate === 0 && lane !== floorLane) {
        if (scratch) scratch[lane] = 0
        continue
      }
      let psi: number
      if (model.packedHashes) {
        // One hash gives four lanes their byte each: the wide Teams models hash a quarter as often.
        if (lane >> 2 !== group) {
          group = lane >> 2
          word = mix(this.seed, group, k)
        }
        psi = ((word >>> ((lane & 3) << 3)) & 0xff) / 256
      } else psi = (mix(this.seed, lane, k) & 0xff) / 256
      if ((this.fixed >>> lane) & 1) psi = 0
      // The floor lane rises by at least one on every active day: an active day did something.
      const total =
        lane === floorLane ? k + Math.floor(Math.max(0, rate - 1) * (k + psi)) : Math.floor(rate * (k + psi))
      if (lane === floorLane) floor = total
      if (scratch) scratch[lane] = total
      else out[lane] = (out[lane] as number) + sign * total
    }
    if (scratch) {
      // A sum of running totals is the running total of the sum: the derived lanes stay exact.
      for (const { lane, of, weights } of model.sums ?? []) {
        let total = 0
        for (let i = 0; i < of.length; i++) total += (weights?.[i] ?? 1) * (scratch[of[i] as number] as number)
        scratch[lane] = total
      }
      for (let lane = 0; lane < model.lanes; lane++)
        out[lane] = (out[lane] as number) + sign * (scratch[lane] as number)
    }
    if (model.includesFloor >= 0) out[model.includesFloor] = (out[model.includesFloor] as number) + sign * floor
  }
  /** One lane's running total after `k` active days, as `add` makes it, in `scratch` (one per lane). */
  total(lane: number, k: number, scratch: Int32Array): number {
    scratch.fill(0)
    this.add(k, 1, scratch)
    return scratch[lane] as number
  }

  /**
   * The active day, counted from 1, on which the lane last rose within the first `k`, or 0 if
   * never. A total never falls (k + ψ(k) < k + 1 ≤ k + 1 + ψ(k + 1)), so the last rise is the first
   * day that reached the final total: a binary search, not a walk.
   */
  lastRise(lane: number, k: number, scratch: Int32Array): number {
    const final = this.total(lane, k, scratch)
    if (final === 0) return 0
    let low = 1
    let high = k
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.total(lane, mid, scratch) === final) high = mid
      else low = mid + 1
    }
    return low
  }
}

/**
 * One scratch of each size for every user: `add` fills and reads it within one call, so users
 * can share it, and a Detail does not allocate a typed array a row for it.
 */
const scratches = new Map<number, Int32Array>()
function scratchOf(lanes: number): Int32Array {
  let scratch = scratches.get(lanes)
  if (!scratch) {
    scratch = new Int32Array(lanes)
    scratches.set(lanes, scratch)
  }
  return scratch
}

/**
 * One WorkloadTotals per model, reseeded for each user: a span is read within one call, so the
 * users of a Detail can share it, and a row costs no allocation for it.
 */
const shared = new WeakMap<WorkloadModel, WorkloadTotals>()
function sharedTotals(model: WorkloadModel, user: TenantUser): WorkloadTotals {
  const totals = shared.get(model)
  if (totals) return totals.reseed(user)
  const made = new WorkloadTotals(model, user)
  shared.set(model, made)
  return made
}

/** The lane that rises on every active day of the user: the model's, or the user's own. */
export function floorLaneOf(model: WorkloadModel, user: TenantUser): number {
  if (!model.floorOf) return model.floorLane
  const set = user.dailyRates?.get(model)
  return (set && scenarioFloor(set)) ?? model.floorOf((user.workloadSeed ^ model.salt) | 0)
}

/** The first lane a scenario uses every active day, if any. */
function scenarioFloor(set: Float64Array): number | undefined {
  const lane = set.findIndex((rate) => rate >= 1)
  return lane === -1 ? undefined : lane
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
  // Most users of a rare workload were not active since `from`: their last activity says so at once.
  const last = user.lastActivityDates[SERVICES.indexOf(model.service)]
  if (last == null || last < from) return out
  workloadSpan(model, user, firstDay, from, to, out)
  return out
}

/**
 * A user's counts of the workload from the window's start through `early`, and through `late`
 * (`early` ≤ `late`): `workloadTotals` of both spans, with the user's rates drawn and the window
 * scanned once for the two. What a mailbox reads of its mail: by the refresh date, and by 30 days
 * before it, when what then sat in Deleted Items had left.
 */
export function workloadTotalsThrough(
  model: WorkloadModel,
  user: TenantUser,
  firstDay: Day,
  early: Day,
  late: Day,
): [number[], number[]] {
  const byEarly: number[] = new Array(model.lanes).fill(0)
  const byLate: number[] = new Array(model.lanes).fill(0)
  const bit = SERVICES.indexOf(model.service)
  const last = user.lastActivityDates[bit]
  if (last == null || last < firstDay) return [byEarly, byLate]
  const kEarly = activeBetween(user.activity, bit, 0, early - firstDay)
  const kLate = kEarly + activeBetween(user.activity, bit, early - firstDay + 1, late - firstDay)
  if (kLate === 0) return [byEarly, byLate]
  const totals = sharedTotals(model, user)
  totals.add(kEarly, 1, byEarly)
  totals.add(kLate, 1, byLate)
  return [byEarly, byLate]
}

/**
 * `workloadTotals` added into `out`, returning the user's active days of the window through `to`:
 * what a running total of the whole window (a OneDrive's files) reads, at no second scan. A user
 * not active in the window costs nothing.
 */
export function workloadSpan(
  model: WorkloadModel,
  user: TenantUser,
  firstDay: Day,
  from: Day,
  to: Day,
  out: number[],
): number {
  const bit = SERVICES.indexOf(model.service)
  const last = user.lastActivityDates[bit]
  if (last == null || last < firstDay) return 0
  const before = activeBetween(user.activity, bit, 0, from - firstDay - 1)
  const through = before + activeBetween(user.activity, bit, from - firstDay, to - firstDay)
  if (through === before) return through
  const totals = sharedTotals(model, user)
  totals.add(through, 1, out)
  totals.add(before, -1, out)
  return through
}

/**
 * Days of the window between two offsets, both included, whose activity has `bit` set. Four days
 * at a time: the bit of each of four bytes, gathered into one word and summed by one
 * multiplication. The bytes are read one by one rather than through a Uint32Array view, whose
 * making cost more than the scan of a 180-day span.
 */
function activeBetween(activity: Uint8Array, bit: number, from: number, to: number): number {
  let at = Math.max(0, from)
  const last = Math.min(to, activity.length - 1)
  let days = 0
  for (; at + 3 <= last; at += 4) {
    const word =
      (activity[at] as number) |
      ((activity[at + 1] as number) << 8) |
      ((activity[at + 2] as number) << 16) |
      ((activity[at + 3] as number) << 24)
    days += Math.imul((word >>> bit) & 0x01010101, 0x01010101) >>> 24
  }
  for (; at <= last; at++) days += ((activity[at] as number) >>> bit) & 1
  return days
}

/** The workload counter of one user, for reports that walk the days in order. */
export function workloadCounter(model: WorkloadModel, user: TenantUser, firstDay: Day): WorkloadCounter {
  const totals = new WorkloadTotals(model, user)
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

/** How many days of [from, to] the user was active in the model's service. */
export function activeDays(model: WorkloadModel, user: TenantUser, firstDay: Day, from: Day, to: Day): number {
  return activeBetween(user.activity, SERVICES.indexOf(model.service), from - firstDay, to - firstDay)
}

/**
 * Per group of lanes, the last day on or before `asOf`, inside the window, on which any lane of
 * the group rose, or null: the per-kind last activity dates some Details carry (Skype for
 * Business). A binary search over the active days per lane, then one scan to date the latest.
 */
export function lastDaysOfLanes(
  model: WorkloadModel,
  user: TenantUser,
  firstDay: Day,
  asOf: Day,
  groups: readonly (readonly number[])[],
): (Day | null)[] {
  const bit = SERVICES.indexOf(model.service)
  const k = activeBetween(user.activity, bit, 0, Math.min(asOf - firstDay, user.activity.length - 1))
  if (k === 0) return groups.map(() => null)
  const totals = new WorkloadTotals(model, user)
  const scratch = new Int32Array(model.lanes)
  return groups.map((lanes) => {
    let last = 0
    for (const lane of lanes) last = Math.max(last, totals.lastRise(lane, k, scratch))
    return last === 0 ? null : firstDay + activeDayOffset(user.activity, bit, last)
  })
}

/** The offset of the n-th day (from 1) whose activity has `bit` set; n is at most their number. */
function activeDayOffset(activity: Uint8Array, bit: number, n: number): number {
  let seen = 0
  for (let offset = 0; offset < activity.length; offset++) {
    seen += ((activity[offset] as number) >>> bit) & 1
    if (seen === n) return offset
  }
  return activity.length - 1
}
