import type { Day } from '@fake-graph/tenant'
import { newestFirst, tallyEach } from './day-tally'
import type { Idle } from './idle'
import { laneColumn } from './lane-column'
import { periodOf } from './period-of'
import type { ReportDefinition } from './report-definition'
import { type Period, periodStart, type ReportRequest } from './report-request'
import { refreshDateColumn, reportDateColumn, reportPeriodColumn } from './standard-columns'

/** One day of a storage or site counts report: per lane, a sum over the sites that existed that day. */
export interface SiteDay {
  readonly refreshDate: Day
  readonly reportDate: Day
  readonly period: Period
  readonly siteType: string
  readonly numbers: readonly number[]
}

/** Adds one site's numbers to a day's lanes (`tally` from `at`), for each day of a period from `from`. */
export type AddSite<Site> = (site: Site, from: Day, days: number, tally: Float64Array, lanes: number) => void

export interface SiteCountsSpec<Site> {
  readonly name: string
  /** What the function answers, for the OpenAPI document. */
  readonly summary: string
  readonly jsonType: string
  /** `All`, or `OneDrive` for the OneDrive storage report (spec §1.7). */
  readonly siteType: string
  /** The number columns, in header order, lane by lane. */
  readonly numbers: readonly { readonly header: string; readonly field: string }[]
  /** The sites to sum over, each once. */
  readonly sites: (request: ReportRequest) => Iterable<Site>
  /** What each site adds, made once per request (it may read the tenant). */
  readonly add: (request: ReportRequest) => AddSite<Site>
}

/**
 * A site report's daily counts (OneDrive and SharePoint usage): per day of the period, newest
 * first, Site Type, the sums, Report Date and Report Period. Sums of bytes pass 2³¹, so the tally
 * holds doubles; zero is `0` here, as the real rows print it (docs/usage-reports.md §16).
 */
export function siteCountsReport<Site>(spec: SiteCountsSpec<Site>): ReportDefinition<SiteDay> {
  const lanes = spec.numbers.length
  const numbers = spec.numbers.map(({ header, field }, lane) => laneColumn<SiteDay>(header, field, lane))
  return {
    name: spec.name,
    summary: spec.summary,
    jsonType: spec.jsonType,
    acceptsDate: false,
    columns: [
      refreshDateColumn(),
      { header: 'Site Type', field: 'siteType', kind: 'text', value: (row) => row.siteType },
      ...numbers,
      reportDateColumn(),
      reportPeriodColumn(),
    ],
    rows: function* (request): Generator<SiteDay | Idle> {
      const period = periodOf(spec.name, request.selection)
      const from = periodStart(request.tenant, period)
      const add = spec.add(request)
      const tally = yield* tallyEach(spec.sites(request), period, lanes, (site, into) =>
        add(site, from, period, into, lanes),
      )
      const { refreshDate } = request.tenant
      yield* newestFirst(tally, from, lanes, (reportDate, numbers) => ({
        refreshDate,
        reportDate,
        period,
        siteType: spec.siteType,
        numbers,
      }))
    },
  }
}
