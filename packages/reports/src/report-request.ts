import type { Day, Tenant } from '@fake-graph/tenant'

/** The periods every report accepts, in days. */
export const PERIODS = [7, 30, 90, 180] as const
/** A period in days: one of `PERIODS`, or 28, which only the Copilot reports' version `v2` takes. */
export type Period = (typeof PERIODS)[number] | 28

/**
 * What a report is asked for: the trailing period, or one day. `allPeriods` is the Copilot
 * reports' `period='ALL'`: every period of the report version, `period` the longest of them.
 */
export type Selection = { readonly period: Period; readonly allPeriods?: true } | { readonly date: Day }

export interface ReportRequest {
  readonly tenant: Tenant
  readonly selection: Selection
  /** Replace user principal names and display names with opaque tokens, one kind each (see concealed-name.ts). */
  readonly concealNames?: boolean
  /** Days the Copilot reports' refresh date trails the tenant's (default `COPILOT_EXTRA_LAG_DAYS`). */
  readonly copilotDelayDays?: number
  /** Leave the site usage reports' Site URL empty, as production did in 2024 (docs/usage-reports.md §17). */
  readonly blankSiteUrls?: boolean
}

export function isPeriod(value: number): value is Period {
  return (PERIODS as readonly number[]).includes(value)
}

/** A period as Graph spells it, `D7` to `D180` in any case (the seed's own example says `'d7'`). */
export function parsePeriod(text: string): Period | undefined {
  // The same pattern as contracts/schemas/report-parameters.schema.json (a test holds them together).
  const days = Number(/^[Dd](7|30|90|180)$/.exec(text)?.[1])
  return isPeriod(days) ? days : undefined
}

/** The days a selection covers: its period, ending on the refresh date, or its one date. */
export interface SelectionSpan {
  readonly forDate: boolean
  readonly from: Day
  readonly to: Day
  /** The days the span covers, as Report Period prints them: the period, or 1 for a date. */
  readonly period: number
}

/**
 * The span a Detail reports on, or undefined for a date outside the tenant's window: one rule
 * for every Detail, which then lists nothing.
 */
export function selectionSpan(tenant: Tenant, selection: Selection): SelectionSpan | undefined {
  if ('date' in selection) {
    const day = selection.date
    if (day > tenant.refreshDate || day < tenant.firstDay) return undefined
    return { forDate: true, from: day, to: day, period: 1 }
  }
  return {
    forDate: false,
    from: periodStart(tenant, selection.period),
    to: tenant.refreshDate,
    period: selection.period,
  }
}

/** The first day of a period that ends on the refresh date. */
export function periodStart(tenant: Tenant, period: Period): Day {
  return tenant.refreshDate - period + 1
}
