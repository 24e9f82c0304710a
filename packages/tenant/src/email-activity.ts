import { type Day, isWeekend } from './day'
import { createRandom } from './random'
import { SERVICES } from './services'
import type { TenantUser } from './tenant'

/** The Exchange actions the email activity reports count, in their column order (spec §1.3). */
export const EMAIL_ACTIONS = ['send', 'receive', 'read', 'meetingCreated', 'meetingInteracted'] as const
export type EmailAction = (typeof EMAIL_ACTIONS)[number]

/**
 * Writes a user's email counts on `day` into `out` (one lane per `EMAIL_ACTIONS`) and says
 * whether the user was active then. Zero everywhere on a day the user's Exchange activity has no
 * bit, so the email reports agree with the active-users reports by construction.
 */
export type EmailCounter = (day: Day, out: Int32Array) => boolean

const EXCHANGE = 1 << SERVICES.indexOf('exchange')
/** Weekend mail is a fraction of a working day's, on the rare weekend a user is active at all. */
const WEEKEND_VOLUME = 0.3

/**
 * The email counter of one user, derived from the user's workload seed alone: nothing is held
 * per day, so a million-user tenant still streams in bounded memory, and the same seed gives the
 * same counts on every pass. Rates are per working day, shaped so that most users receive more
 * than they read and read more than they send, and meetings are rarer than mail.
 */
export function emailCounter(user: TenantUser, firstDay: Day): EmailCounter {
  const random = createRandom(user.workloadSeed)
  // A log-normal reader: median about 20 messages read a day, a long tail of heavy readers.
  const spread = random.next() + random.next() + random.next() - 1.5
  const read = 20 * Math.exp(0.8 * spread)
  const heavySender = random.next() < 0.05
  const send = read * (heavySender ? 0.8 + 0.7 * random.next() : 0.05 + 0.5 * random.next() ** 2)
  const unread = read * (0.2 + 1.3 * random.next())
  // Meetings are a few a week: rounded at random below, so that a rate under one still shows.
  const meetingCreated = 0.05 + 1.2 * random.next() ** 2
  const meetingInteracted = 0.3 + 2.5 * random.next()
  const seed = user.workloadSeed
  const activity = user.activity
  return (day, out) => {
    const offset = day - firstDay
    if (offset < 0 || !((activity[offset] as number) & EXCHANGE)) {
      out.fill(0)
      return false
    }
    const volume = isWeekend(day) ? WEEKEND_VOLUME : 1
    // Two cheap integer hashes of (seed, day) give the noise: a byte per count and per rounding.
    let h = Math.imul(seed ^ offset, 0x9e3779b1)
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
    h ^= h >>> 16
    let g = Math.imul(h ^ (h >>> 7), 0x27d4eb2f)
    g ^= g >>> 15
    // Each factor lies in [0.2, 1.8), mean 1.
    const readCount = Math.floor(read * volume * (((h & 0xff) + 32) / 160))
    const sendCount = Math.floor(send * volume * ((((h >>> 8) & 0xff) + 32) / 160))
    // An active Exchange day is one with mail read or sent: never neither.
    const readOrOne = readCount + sendCount === 0 ? 1 : readCount
    out[0] = sendCount
    out[1] = readOrOne + Math.floor(unread * volume * ((((h >>> 16) & 0xff) + 32) / 160))
    out[2] = readOrOne
    out[3] = Math.floor(meetingCreated * volume * (((h >>> 24) + 32) / 160) + ((g >>> 8) & 0xff) / 256)
    out[4] = Math.floor(meetingInteracted * volume * (((g & 0xff) + 32) / 160) + ((g >>> 16) & 0xff) / 256)
    return true
  }
}

/** A user's email counts summed over [from, to] into `out`, which it returns. */
export function emailTotals(counter: EmailCounter, from: Day, to: Day, out: Int32Array): Int32Array {
  out.fill(0)
  const day = new Int32Array(EMAIL_ACTIONS.length)
  for (let at = from; at <= to; at++) {
    if (!counter(at, day)) continue
    for (let lane = 0; lane < EMAIL_ACTIONS.length; lane++) out[lane] = (out[lane] as number) + (day[lane] as number)
  }
  return out
}
