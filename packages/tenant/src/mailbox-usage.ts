import type { Day } from './day'
import { EMAIL_MODEL } from './email-activity'
import { existsOn } from './lifespan'
import { SERVICES } from './services'
import type { TenantUser } from './tenant'
import { unit, workloadCounter, workloadTotals, workloadTotalsThrough } from './workload-activity'

/** A mailbox's quotas, in bytes as Graph writes them. */
export interface MailboxQuotas {
  readonly issueWarning: number
  readonly prohibitSend: number
  readonly prohibitSendReceive: number
  readonly deletedItems: number
}

const GB = 1024 ** 3

/** The Exchange Online defaults of a 50 GB mailbox (Exchange Online Plan 1, E1, the Business plans, F3). */
export const STANDARD_QUOTAS: MailboxQuotas = {
  issueWarning: 49 * GB,
  prohibitSend: 49.5 * GB,
  prohibitSendReceive: 50 * GB,
  deletedItems: 30 * GB,
}

/** The 100 GB mailbox of the E3 and E5 suites and Exchange Online Plan 2, as a real export prints it. */
export const LARGE_QUOTAS: MailboxQuotas = {
  issueWarning: 98 * GB,
  prohibitSend: 99 * GB,
  prohibitSendReceive: 100 * GB,
  deletedItems: 30 * GB,
}

const LARGE_MAILBOX_PLANS: ReadonlySet<string> = new Set([
  'OFFICE 365 E3',
  'MICROSOFT 365 E3',
  'MICROSOFT 365 E5',
  'OFFICE 365 E5 WITHOUT AUDIO CONFERENCING',
  'EXCHANGE ONLINE (PLAN 2)',
])

/** The quota states of the quota status report, in its column order (spec §1.5). */
export const QUOTA_STATUSES = [
  'underLimit',
  'warningIssued',
  'sendProhibited',
  'sendReceiveProhibited',
  'indeterminate',
] as const
export type QuotaStatus = (typeof QUOTA_STATUSES)[number]

/** XORed into the workload seed: a mailbox's size draws apart from the mail counts it grows with. */
const SALT = 0x3a11b0c5
/** The default retention policy empties Deleted Items after 30 days. */
const DELETED_ITEMS_DAYS = 30
/** A mailbox never grows past this share of its Prohibit Send/Receive quota: mail keeps arriving. */
const FULLEST = 0.995
/** The share of long-standing mailboxes kept full: between 90% and `FULLEST` of the quota at the refresh date. */
const FULL_SHARE = 0.025
/** Only a mailbox of this many items from before the window is made full, so that they stay a plausible size. */
const FULL_ITEMS = 5000
const SEND = 0
const RECEIVE = 1
const EXCHANGE = SERVICES.indexOf('exchange')

/**
 * A user's mailbox, derived from the workload seed: every message sent or received adds an item,
 * of which the user keeps a share and deletes the rest (held in Deleted Items for 30 days), each of
 * a size of their own. Items that arrived before the activity window follow from the mailbox's age
 * and the user's mail in the window. Storage therefore grows exactly as the email activity says,
 * never falls, and is capped by scaling the item size so that no mailbox reaches Prohibit
 * Send/Receive, since the email counts keep receiving; a few hold years of large items and end
 * near their quota, so that the quota states have users (docs/usage-reports.md §18).
 */
export class Mailbox {
  /** The day the Exchange licence was assigned: the mailbox was made then. */
  readonly created: Day
  readonly quotas: MailboxQuotas
  readonly hasArchive: boolean
  /** Items that arrived before the activity window. */
  private readonly before: number
  /** The share of arrived items kept out of Deleted Items. */
  private readonly keep: number
  /** Bytes per item that arrived in the window. */
  private readonly itemSize: number
  /** Bytes per item that arrived before it. */
  private readonly priorSize: number
  /** What had arrived by the refresh date, which every Detail row asks for: worked out once. */
  private readonly arrivedByRefresh: number
  /** What had arrived by `DELETED_ITEMS_DAYS` before it, which the Detail also asks for: with it. */
  private readonly arrivedByRetained: number

  private constructor(
    private readonly user: TenantUser,
    private readonly firstDay: Day,
    private readonly refreshDate: Day,
  ) {
    const seed = (user.workloadSeed ^ SALT) | 0
    this.created = user.licenseAssignDates[EXCHANGE] as Day
    this.quotas = LARGE_MAILBOX_PLANS.has(user.assignedProducts[0] ?? '') ? LARGE_QUOTAS : STANDARD_QUOTAS
    const retainedSince = Mailbox.retainedSince(refreshDate)
    const [byRetained, inWindow] = mailArrivedThrough(user, firstDay, retainedSince, refreshDate)
    // A user's mail before the window came at the pace of their mail in it; a dormant one's slowly.
    const days = refreshDate - Math.max(this.created, firstDay) + 1
    const perDay = inWindow > 0 ? inWindow / days : 2 + 8 * unit(seed, 1)
    const age = Math.max(0, firstDay - this.created)
    const setting = user.mailbox
    // A scenario's size needs items to hold it: at least the two a new mailbox keeps one of.
    const minimum = setting?.storageUsedInBytes ? 2 : 0
    this.before = Math.max(minimum, Math.round(age * perDay) + Math.floor(30 * unit(seed, 2)))
    this.arrivedByRefresh = this.before + inWindow
    this.arrivedByRetained = retainedSince < this.created ? 0 : this.before + byRetained
    this.keep = 0.55 + 0.44 * unit(seed, 3)
    // Log-normal around 250 kB an item: messages, meetings and the odd large attachment.
    const natural = 250_000 * Math.exp(0.9 * (unit(seed, 4) + unit(seed, 5) + unit(seed, 6) - 1.5))
    const fullest = Math.round(this.itemCount(this.before + inWindow) * natural)
    const cap = FULLEST * this.quotas.prohibitSendReceive
    const scaled = fullest > cap ? (natural * cap) / fullest : natural
    // A few users never clean up: years of large items, their mailbox near its quota. Their mail
    // in the window is of the usual size, so the quota states stay steady from week to week.
    const keptBefore = this.itemCount(this.before)
    const windowBytes = natural * (this.itemCount(this.before + inWindow) - keptBefore)
    const target = (0.9 + (FULLEST - 0.9) * unit(seed, 9)) * this.quotas.prohibitSendReceive
    const full = unit(seed, 8) < FULL_SHARE && keptBefore >= FULL_ITEMS && windowBytes < target / 2
    const wanted = setting?.storageUsedInBytes
    if (wanted !== undefined) {
      // A scenario's size on the refresh date, reached as a full mailbox reaches its own.
      const kept = this.itemCount(this.before + inWindow)
      const prior = keptBefore > 0 && windowBytes <= wanted
      this.itemSize = prior ? natural : kept > 0 ? wanted / kept : 0
      this.priorSize = prior ? (wanted - windowBytes) / keptBefore : this.itemSize
    } else {
      this.itemSize = full ? natural : scaled
      this.priorSize = full ? (target - windowBytes) / keptBefore : scaled
    }
    // Archives are enabled for a fifth of users, and for everyone whose mailbox had to be kept in bounds.
    this.hasArchive = setting?.hasArchive ?? (unit(seed, 7) < 0.2 || fullest > cap)
  }

  /** The user's mailbox, or undefined for a user without an Exchange licence. */
  static of(user: TenantUser, firstDay: Day, refreshDate: Day): Mailbox | undefined {
    return user.licenseAssignDates[EXCHANGE] == null ? undefined : new Mailbox(user, firstDay, refreshDate)
  }

  /** Whether the mailbox existed on `day`: made, and its user not yet deleted. */
  existsOn(day: Day): boolean {
    return existsOn(this.created, this.user.deletedDate, day)
  }

  /** The items that had arrived by the end of `day` (sent or received), the counter the rest read. */
  arrivedBy(day: Day): number {
    if (day < this.created) return 0
    if (day === this.refreshDate) return this.arrivedByRefresh
    if (day === Mailbox.retainedSince(this.refreshDate)) return this.arrivedByRetained
    return this.before + mailArrived(this.user, this.firstDay, this.firstDay, day)
  }

  /** The items in the mailbox once `arrived` items came, those in Deleted Items excepted. */
  itemCount(arrived: number): number {
    return Math.floor(this.keep * arrived)
  }

  /** The bytes of the mailbox's items once `arrived` items came. */
  storageUsed(arrived: number): number {
    const prior = this.itemCount(Math.min(arrived, this.before))
    return Math.round(prior * this.priorSize + (this.itemCount(arrived) - prior) * this.itemSize)
  }

  /** Items in Deleted Items on the day `arrived` was reached, given `arrivedThen` 30 days before. */
  deletedItemCount(arrived: number, arrivedThen: number): number {
    return arrived - this.itemCount(arrived) - (arrivedThen - this.itemCount(arrivedThen))
  }

  /** The bytes of `count` deleted items. */
  deletedItemSize(count: number): number {
    return Math.round(count * this.itemSize)
  }

  /** The quota state of a mailbox holding `storage` bytes. */
  statusOf(storage: number): QuotaStatus {
    if (storage < this.quotas.issueWarning) return 'underLimit'
    if (storage < this.quotas.prohibitSend) return 'warningIssued'
    if (storage < this.quotas.prohibitSendReceive) return 'sendProhibited'
    return 'sendReceiveProhibited'
  }

  /**
   * Calls `each` with the items arrived by the end of every day of [from, to], in order, one walk
   * of the user's email counts rather than a scan per day: what the daily reports add up.
   */
  arrivedDaily(from: Day, to: Day, each: (day: Day, arrived: number) => void): void {
    const counts = new Int32Array(EMAIL_MODEL.lanes)
    const counter = workloadCounter(EMAIL_MODEL, this.user, this.firstDay)
    let arrived = this.arrivedBy(from - 1)
    for (let day = from; day <= to; day++) {
      if (day === this.created) arrived = this.before
      if (counter(day, counts)) arrived += (counts[SEND] as number) + (counts[RECEIVE] as number)
      each(day, arrived)
    }
  }

  /** The day `DELETED_ITEMS_DAYS` before `day`: what arrived by then has left Deleted Items. */
  static retainedSince(day: Day): Day {
    return day - DELETED_ITEMS_DAYS
  }
}

/** Messages sent and received from the window's start through `early`, and through `late`. */
function mailArrivedThrough(user: TenantUser, firstDay: Day, early: Day, late: Day): [number, number] {
  const [byEarly, byLate] = workloadTotalsThrough(EMAIL_MODEL, user, firstDay, early, late)
  return [
    (byEarly[SEND] as number) + (byEarly[RECEIVE] as number),
    (byLate[SEND] as number) + (byLate[RECEIVE] as number),
  ]
}

/** Messages sent and received over [from, to]: every one lands in the mailbox. */
function mailArrived(user: TenantUser, firstDay: Day, from: Day, to: Day): number {
  if (to < from) return 0
  const totals = workloadTotals(EMAIL_MODEL, user, firstDay, from, to)
  return (totals[SEND] as number) + (totals[RECEIVE] as number)
}
