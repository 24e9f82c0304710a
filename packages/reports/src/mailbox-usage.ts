import { type Day, existedDuring, Mailbox, type MailboxQuotas, SERVICES, type TenantUser } from '@fake-graph/tenant'
import { newestFirst, tallyDays } from './day-tally'
import { type DetailRow, detailRows } from './detail-rows'
import { IDLE, type Idle, USERS_PER_IDLE } from './idle'
import { periodOf } from './period-of'
import { type Period, periodStart, type ReportRequest } from './report-request'

export interface MailboxRow extends DetailRow {
  readonly createdDate: Day
  readonly itemCount: number
  readonly storageUsed: number
  readonly quotas: MailboxQuotas
  readonly deletedItemCount: number
  readonly deletedItemSize: number
  readonly hasArchive: boolean
  readonly period: Period
}

/** One day of a mailbox counts report: the refresh date, the day, the period and its numbers. */
export interface MailboxDay {
  readonly refreshDate: Day
  readonly reportDate: Day
  readonly period: Period
  readonly numbers: readonly number[]
}

const EXCHANGE = SERVICES.indexOf('exchange')

/**
 * The mailbox usage Detail rows: the active-users Detail's users who hold an Exchange licence
 * (only they have a mailbox), in its order, each mailbox as of the refresh date. The period
 * changes no number but Report Period: a mailbox's size is a state, not a sum (docs/usage-reports.md §18).
 */
export function* mailboxRows(
  request: ReportRequest,
  name: string,
  start: number | undefined,
): Generator<MailboxRow | Idle> {
  const { tenant } = request
  const period = periodOf(name, request.selection)
  const asOf = tenant.refreshDate
  let passed = 0
  for (const row of detailRows(request, start)) {
    if (row === IDLE) {
      yield row
      continue
    }
    const mailbox = Mailbox.of(row.user, tenant.firstDay, asOf)
    if (!mailbox) {
      // A tenant whose users hold no Exchange licence must still hand the loop back as it goes.
      if (++passed % USERS_PER_IDLE === 0) yield IDLE
      continue
    }
    const arrived = mailbox.arrivedBy(asOf)
    const deletedItemCount = mailbox.deletedItemCount(arrived, mailbox.arrivedBy(Mailbox.retainedSince(asOf)))
    yield {
      index: row.index,
      refreshDate: row.refreshDate,
      user: row.user,
      userPrincipalName: row.userPrincipalName,
      displayName: row.displayName,
      userId: row.userId,
      licenseAssignDates: row.licenseAssignDates,
      lastActivityDates: row.lastActivityDates,
      counts: row.counts,
      tenantDisplayName: row.tenantDisplayName,
      createdDate: mailbox.created,
      itemCount: mailbox.itemCount(arrived),
      storageUsed: mailbox.storageUsed(arrived),
      quotas: mailbox.quotas,
      deletedItemCount,
      deletedItemSize: mailbox.deletedItemSize(deletedItemCount),
      hasArchive: mailbox.hasArchive,
      period,
    }
  }
}

/** The Detail's Exchange last activity: the active-users Detail's column. */
export const mailboxLastActivity = (row: DetailRow): Day | null => row.lastActivityDates[EXCHANGE] ?? null

/**
 * What one mailbox adds to a day's lanes: `arrived` is the items that had come by the end of
 * the day, `active` whether its user used Exchange that day; the day's lanes start at `at` of
 * `tally` (no view made per user and day). Called only on days the mailbox existed.
 */
export type MailboxDayCount = (
  mailbox: Mailbox,
  arrived: number,
  active: boolean,
  tally: Float64Array,
  at: number,
) => void

/**
 * A mailbox counts report's rows: per day of the period, newest first, the sum over the mailboxes
 * that existed that day of `count`. One walk of each user's mail over the period.
 */
export function* mailboxDays(
  request: ReportRequest,
  name: string,
  lanes: number,
  count: MailboxDayCount,
): Generator<Idle | MailboxDay> {
  const { tenant } = request
  const period = periodOf(name, request.selection)
  const from = periodStart(tenant, period)
  const to = tenant.refreshDate
  const mask = 1 << EXCHANGE
  const tally = yield* tallyDays(tenant, period, lanes, (user: TenantUser, into: Float64Array) => {
    const mailbox = Mailbox.of(user, tenant.firstDay, to)
    // A mailbox made after the period, or gone before it, adds nothing to any of its days.
    if (!mailbox || !existedDuring(mailbox.created, user.deletedDate, from, to)) return
    mailbox.arrivedDaily(from, to, (day, arrived) => {
      if (!mailbox.existsOn(day)) return
      const active = ((user.activity[day - tenant.firstDay] as number) & mask) !== 0
      count(mailbox, arrived, active, into, (day - from) * lanes)
    })
  })
  yield* newestFirst(tally, from, lanes, (reportDate, numbers) => ({
    refreshDate: tenant.refreshDate,
    reportDate,
    period,
    numbers,
  }))
}
