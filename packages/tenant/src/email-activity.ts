import type { Day } from './day'
import { SERVICES } from './services'
import type { TenantUser } from './tenant'

/** The Exchange actions the email activity reports count, in their column order (spec §1.3). */
export const EMAIL_ACTIONS = ['send', 'receive', 'read', 'meetingCreated', 'meetingInteracted'] as const
export type EmailAction = (typeof EMAIL_ACTIONS)[number]

/**
 * Writes a user's email counts on `day` into `out` (one lane per `EMAIL_ACTIONS`) and says
 * whether the user was active then. Zero everywhere on a day the user's Exchange activity has no
 * bit, so the email reports agree with the active-users reports by construction. Cheapest when
 * asked for consecutive days, as a counts report does.
 */
export type EmailCounter = (day: Day, out: Int32Array) => boolean

const EXCHANGE_BIT = SERVICES.indexOf('exchange')
const EXCHANGE = 1 << EXCHANGE_BIT
const LANES = EMAIL_ACTIONS.length

/**
 * A user's counts as running totals over their Exchange-active days. After the k-th active day
 * of the window, lane l has reached G_l(k) = ⌊rate_l × (k + ψ_l(k))⌋, ψ a hash of (seed, l, k) in
 * [0, 1) and ψ(0) = 0. G rises by rate × (1 + ψ(k) − ψ(k−1)) on each active day, a factor in
 * (0, 2) that varies from day to day, and not at all on the others. Any span of days then costs
 * two evaluations instead of one per day: the 180-day Detail of 100,000 users stays a byte scan.
 */
class EmailTotals {
  private readonly rates = new Float64Array(LANES)
  private readonly seed: number

  constructor(seed: number) {
    this.seed = seed | 0
    const s = this.seed
    // A log-normal reader: median about 20 messages read a working day, a long tail of heavy readers.
    const read = 20 * Math.exp(0.8 * (unit(s, 1) + unit(s, 2) + unit(s, 3) - 1.5))
    const heavySender = unit(s, 4) < 0.05
    this.rates[0] = read * (heavySender ? 0.8 + 0.7 * unit(s, 5) : 0.05 + 0.5 * unit(s, 5) ** 2)
    // Received is what was read plus what was not: never less than read.
    this.rates[1] = read * (0.2 + 1.3 * unit(s, 6))
    this.rates[2] = read
    // Meetings are a few a week: a rate under one shows as a meeting every few days.
    this.rates[3] = 0.05 + 1.2 * unit(s, 7) ** 2
    this.rates[4] = 0.3 + 2.5 * unit(s, 8)
  }

  /** Adds `sign` times the running totals after `k` active days to `out`, one per lane. */
  add(k: number, sign: number, out: Int32Array | number[]): void {
    if (k === 0) return
    const rates = this.rates
    let read = 0
    for (let lane = 0; lane < LANES; lane++) {
      const psi = (mix(this.seed, lane, k) & 0xff) / 256
      const rate = rates[lane] as number
      // An active Exchange day is one with mail read: read rises by at least one a day.
      const total = lane === 2 ? k + Math.floor(Math.max(0, rate - 1) * (k + psi)) : Math.floor(rate * (k + psi))
      if (lane === 2) read = total
      out[lane] = (out[lane] as number) + sign * total
    }
    out[1] = (out[1] as number) + sign * read
  }
}

/** A uniform draw in [0, 1) of the seed's `stream`: module-level, not a closure made per user. */
function unit(seed: number, stream: number): number {
  return mix(seed, stream, 0x51ed) / 0x1_0000_0000
}

function mix(seed: number, lane: number, k: number): number {
  let h = Math.imul(seed ^ Math.imul(k, 0x9e3779b1) ^ (lane << 24), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/**
 * A user's email counts summed over [from, to], one per `EMAIL_ACTIONS`, derived from the
 * workload seed alone: nothing is held per day, so a million-user tenant still streams in
 * bounded memory, and the same seed gives the same counts on every pass.
 */
export function emailTotals(user: TenantUser, firstDay: Day, from: Day, to: Day): number[] {
  const out = [0, 0, 0, 0, 0]
  const before = activeBetween(user.activity, 0, from - firstDay - 1)
  const through = before + activeBetween(user.activity, from - firstDay, to - firstDay)
  if (through === before) return out
  const totals = new EmailTotals(user.workloadSeed)
  totals.add(through, 1, out)
  totals.add(before, -1, out)
  return out
}

/**
 * Exchange-active days of the window between two offsets, both included. Four days at a time
 * where the bytes allow: the Exchange bit of each byte of a word, summed by one multiplication.
 */
function activeBetween(activity: Uint8Array, from: number, to: number): number {
  let at = Math.max(0, from)
  const last = Math.min(to, activity.length - 1)
  let days = 0
  const aligned = activity.byteOffset % 4 === 0
  while (at <= last && (!aligned || at % 4 !== 0)) days += ((activity[at++] as number) >>> EXCHANGE_BIT) & 1
  if (aligned && last - at >= 3) {
    const words = new Uint32Array(activity.buffer, activity.byteOffset, (last + 1) >>> 2)
    for (let word = at >>> 2; word < words.length; word++)
      days += Math.imul(((words[word] as number) >>> EXCHANGE_BIT) & 0x01010101, 0x01010101) >>> 24
    at = words.length * 4
  }
  while (at <= last) days += ((activity[at++] as number) >>> EXCHANGE_BIT) & 1
  return days
}

/** The email counter of one user, for reports that walk the days in order. */
export function emailCounter(user: TenantUser, firstDay: Day): EmailCounter {
  const totals = new EmailTotals(user.workloadSeed)
  let lastOffset = Number.NaN
  let lastDays = 0
  return (day, out) => {
    out.fill(0)
    const offset = day - firstDay
    const active = offset >= 0 && offset < user.activity.length && ((user.activity[offset] as number) & EXCHANGE) !== 0
    const days = offset === lastOffset + 1 ? lastDays + (active ? 1 : 0) : activeBetween(user.activity, 0, offset)
    lastOffset = offset
    lastDays = days
    if (!active) return false
    totals.add(days, 1, out)
    totals.add(days - 1, -1, out)
    return true
  }
}
