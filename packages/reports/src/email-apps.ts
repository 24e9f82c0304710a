import {
  type Day,
  EMAIL_CLIENTS,
  emailAppsUser,
  emailClientsBetween,
  emailClientsOn,
  OUTLOOK_VERSIONS,
  SERVICES,
  type Tenant,
  UNDETERMINED,
} from '@fake-graph/tenant'
import type { Column } from './column'
import { tallyDays } from './day-tally'
import { type DetailRow, detailRows } from './detail-rows'
import { IDLE, type Idle } from './idle'
import { laneColumn } from './lane-column'
import { type Period, periodStart, type ReportRequest, selectionSpan } from './report-request'
import { fieldOf } from './workload-activity'

/** The clients as the reports head them, in `EMAIL_CLIENTS` order (spec §1.4). */
export const CLIENT_LABELS = [
  'Mail For Mac',
  'Outlook For Mac',
  'Outlook For Windows',
  'Outlook For Mobile',
  'Other For Mobile',
  'Outlook For Web',
  'POP3 App',
  'IMAP4 App',
  'SMTP App',
]
const WINDOWS = EMAIL_CLIENTS.indexOf('outlookForWindows')
const EXCHANGE = SERVICES.indexOf('exchange')

export interface EmailAppsRow extends DetailRow {
  /** The clients used in the period or on the date, one bit per `EMAIL_CLIENTS`. */
  readonly clients: number
  readonly windowsVersion: string
}

/** The version a client's cell shows: Outlook for Windows its own, the others `Undetermined`. */
export const versionOf = (row: { clients: number; windowsVersion: string }, client: number): string | null =>
  (row.clients & (1 << client)) === 0 ? null : client === WINDOWS ? row.windowsVersion : UNDETERMINED

/**
 * The email app usage Detail rows: the active-users Detail's users, in its order, each with the
 * clients used; the Last Activity Date is that Detail's Exchange column.
 */
export function* emailAppsRows(request: ReportRequest, start: number | undefined): Generator<EmailAppsRow | Idle> {
  const { tenant } = request
  // The span every Detail lists, as offsets into the activity window.
  const span = selectionSpan(tenant, request.selection)
  if (!span) return
  const from = span.from - tenant.firstDay
  const to = span.to - tenant.firstDay
  for (const row of detailRows(request, start)) {
    if (row === IDLE) {
      yield row
      continue
    }
    const mail = emailAppsUser(row.user)
    // No Exchange activity in the span is no client used: nothing to scan.
    const exchange = row.lastActivityDates[EXCHANGE] ?? null
    const active = exchange !== null && exchange >= from + tenant.firstDay
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
      clients: active ? emailClientsBetween(mail, row.user.activity, from, to) : 0,
      windowsVersion: mail.windowsVersion,
      period: row.period,
    }
  }
}

/** The Detail's Exchange last activity, the column email app usage shares with the active users. */
export const exchangeLastActivity = (row: DetailRow): Day | null => row.lastActivityDates[EXCHANGE] ?? null

/** One row of a client tally: the period's, or one day's. */
export interface ClientTally {
  readonly refreshDate: Day
  readonly reportDate: Day
  readonly period: Period
  readonly numbers: readonly number[]
}

/**
 * Users of each client per day of the period (`daily`), or over the whole period: one pass over
 * the users. A lane counts a user once however many days they used the client.
 */
export function* tallyClients(
  tenant: Tenant,
  period: Period,
  daily: boolean,
  lanes: number,
  laneOf: (client: number, windowsVersion: string) => number,
): Generator<Idle, ClientTally[]> {
  const from = periodStart(tenant, period)
  const offset = from - tenant.firstDay
  const days = daily ? period : 1
  const tally = yield* tallyDays(tenant, days, lanes, (user, into) => {
    const mail = emailAppsUser(user)
    if (mail.others === 0 && !mail.apps?.adopted) return
    let over = 0
    for (let day = 0; day < period; day++) {
      const used = emailClientsOn(mail, user.activity, offset + day)
      if (daily) add(into, day * lanes, used, mail.windowsVersion)
      else over |= used
    }
    if (!daily) add(into, 0, over, mail.windowsVersion)
  })
  const rows: ClientTally[] = []
  for (let day = days - 1; day >= 0; day--) {
    const numbers = Array.from(tally.subarray(day * lanes, (day + 1) * lanes))
    rows.push({ refreshDate: tenant.refreshDate, reportDate: from + day, period, numbers })
  }
  return rows

  function add(into: Float64Array, at: number, used: number, version: string) {
    for (let client = 0; client < EMAIL_CLIENTS.length; client++) {
      if ((used & (1 << client)) === 0) continue
      const lane = laneOf(client, version)
      if (lane >= 0) into[at + lane] = (into[at + lane] as number) + 1
    }
  }
}

/** The clients' tally columns; zero is an empty cell, as in every counts report (docs/usage-reports.md §2). */
export function clientColumns(labels: readonly string[]): Column<ClientTally>[] {
  return labels.map((header, lane) => laneColumn<ClientTally>(header, fieldOf(header), lane, 'tally'))
}

/** The versions report's columns, which map `OUTLOOK_VERSIONS`' columns to lanes. */
export const VERSION_COLUMNS = [
  'Outlook 2016',
  'Outlook 2013',
  'Outlook 2010',
  'Outlook 2007',
  'Undetermined',
  'Outlook M365',
  'Outlook 2019',
]
export const versionLane = (client: number, version: string): number =>
  client === WINDOWS ? VERSION_COLUMNS.indexOf(OUTLOOK_VERSIONS.get(version) as string) : -1
