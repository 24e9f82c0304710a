import {
  APP_MASKS,
  APP_PLATFORMS,
  appBit,
  appsUsedOn,
  type Day,
  OFFICE_APPS,
  officeAppsUser,
  PLATFORM_MASKS,
  type Tenant,
  type TenantUser,
} from '@fake-graph/tenant'
import type { Column } from './column'
import { tallyDays } from './day-tally'
import type { Idle } from './idle'
import { laneColumn } from './lane-column'
import { periodOf } from './period-of'
import type { ReportDefinition } from './report-definition'
import { type Period, periodStart } from './report-request'
import { refreshDateColumn, reportDateColumn, reportPeriodColumn } from './standard-columns'

/** The apps as the reports head them, in `OFFICE_APPS` order (spec §1.14). */
export const APP_LABELS = ['Outlook', 'Word', 'Excel', 'PowerPoint', 'OneNote', 'Teams'] as const
/** The platforms as the reports head them, in `APP_PLATFORMS` order. */
export const PLATFORM_LABELS = ['Windows', 'Mac', 'Mobile', 'Web'] as const

/** `PowerPoint` is `powerPoint`, `Outlook (Mac)` is `outlookMac`: the JSON's names [DC v1.0]. */
export function appField(label: string, platform?: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1) + (platform ?? '')
}

/** How many users used each of `masks` on each day of a period, newest first. */
export interface AppsDay {
  readonly refreshDate: Day
  readonly reportDate: Day
  readonly period: Period
  readonly numbers: readonly number[]
}

/**
 * Users per day and app, or per day and platform: a user counts once on a day they used any
 * pair of a mask. The same `appsUsedOn` as the Detail, so the counts are the date Detail's sums.
 */
function* tallyAppsDays(tenant: Tenant, period: Period, masks: readonly number[]): Generator<Idle, AppsDay[]> {
  const from = periodStart(tenant, period)
  const offset = from - tenant.firstDay
  const lanes = masks.length
  const tally = yield* tallyDays(tenant, period, lanes, (user: TenantUser, into) => {
    const apps = officeAppsUser(user)
    if (apps.adopted === 0) return
    for (let day = 0; day < period; day++) {
      const used = appsUsedOn(apps, user.activity, offset + day)
      if (used === 0) continue
      for (let lane = 0; lane < lanes; lane++) {
        if (used & (masks[lane] as number)) into[day * lanes + lane] = (into[day * lanes + lane] as number) + 1
      }
    }
  })
  const rows: AppsDay[] = []
  for (let day = period - 1; day >= 0; day--) {
    const numbers = Array.from(tally.subarray(day * lanes, (day + 1) * lanes))
    rows.push({ refreshDate: tenant.refreshDate, reportDate: from + day, period, numbers })
  }
  return rows
}

export interface AppsCountsSpec {
  readonly name: string
  /** What the function answers, for the OpenAPI document. */
  readonly summary: string
  readonly jsonType: string
  readonly labels: readonly string[]
  readonly masks: readonly number[]
}

/**
 * A Microsoft 365 Apps counts report: refresh date and period first, then per day the users of
 * each app or platform. Zero is `0`, and JSON nests the days under `userCounts` (spec §1.14).
 */
export function appsCountsReport(spec: AppsCountsSpec): ReportDefinition<AppsDay> {
  const columns: Column<AppsDay>[] = [
    refreshDateColumn(),
    reportPeriodColumn(),
    reportDateColumn(),
    ...spec.labels.map((label, lane) => laneColumn<AppsDay>(label, appField(label), lane)),
  ]
  return {
    name: spec.name,
    summary: spec.summary,
    jsonType: spec.jsonType,
    jsonOnV1: true,
    nested: { key: 'userCounts', outer: ['reportRefreshDate', 'reportPeriod'], per: 'report', style: 'newer' },
    acceptsDate: false,
    columns,
    rows: function* (request) {
      yield* yield* tallyAppsDays(request.tenant, periodOf(spec.name, request.selection), spec.masks)
    },
  }
}

/** Per app, its pairs on every platform; per platform, every app's pairs there. */
export const APPS_COUNTS = { labels: APP_LABELS, masks: APP_MASKS }
export const PLATFORMS_COUNTS = { labels: PLATFORM_LABELS, masks: PLATFORM_MASKS }

/** The Detail's per-platform columns, `Outlook (Windows)` … `Teams (Web)`, with each one's bit. */
export const PAIR_COLUMNS = APP_PLATFORMS.flatMap((_, platform) =>
  OFFICE_APPS.map((_, app) => {
    const label = APP_LABELS[app] as string
    const where = PLATFORM_LABELS[platform] as string
    return { header: `${label} (${where})`, field: appField(label, where), mask: appBit(platform, app) }
  }),
)
