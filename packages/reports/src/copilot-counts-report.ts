import type { Day } from '@fake-graph/tenant'
import type { Column } from './column'
import { addCopilotUser, copilotPeriods, copilotWindow } from './copilot-rows'
import {
  COPILOT_PERIODS,
  COUNT_SURFACES,
  COUNT_V2_SURFACES,
  type CopilotSurface,
  type CopilotVersion,
} from './copilot-surfaces'
import { newestFirst, tallyDays } from './day-tally'
import type { ReportDefinition } from './report-definition'
import type { Period, ReportRequest } from './report-request'
import { refreshDateColumn, reportDateColumn, reportPeriodColumn } from './standard-columns'

/** A row of the summary (the whole period) or of the trend (one day of it). */
export interface CopilotCountsRow {
  readonly refreshDate: Day
  readonly reportDate: Day
  readonly period: Period
  /** Each surface's enabled users, then each one's active users, then the prompts (see addCopilotUser). */
  readonly numbers: readonly number[]
}

const ANY_APP = COUNT_SURFACES.findIndex((surface) => surface.field === 'anyApp')

/**
 * `getMicrosoft365CopilotUserCountSummary` (one row for the period) and
 * `getMicrosoft365CopilotUserCountTrend` (a row per day of it): enabled and active users per
 * app, from the same users and days as the Detail, so that a period's active users are the
 * Detail's users whose last use of that app falls within it.
 */
export function copilotCountsReport(
  kind: 'summary' | 'trend',
  version: CopilotVersion,
): ReportDefinition<CopilotCountsRow> {
  const name = kind === 'summary' ? 'getMicrosoft365CopilotUserCountSummary' : 'getMicrosoft365CopilotUserCountTrend'
  const surfaces = version === 'v2' ? [...COUNT_SURFACES, ...COUNT_V2_SURFACES] : COUNT_SURFACES
  const period: Column<CopilotCountsRow> = reportPeriodColumn()
  const pairs = surfaces.flatMap((surface, index) => pairColumns(surface, index, surfaces.length))
  const promptsOf = (row: CopilotCountsRow) => row.numbers[2 * surfaces.length] as number
  const prompts: Column<CopilotCountsRow>[] =
    version === 'v1'
      ? []
      : kind === 'summary'
        ? [
            { header: 'Total Prompts Submitted', field: 'totalPromptsSubmitted', kind: 'count', value: promptsOf },
            {
              header: 'Average Prompts Submitted',
              field: 'averagePromptsSubmitted',
              kind: 'count',
              value: (row) => {
                const active = row.numbers[surfaces.length + ANY_APP] as number
                return active === 0 ? 0 : Math.round(promptsOf(row) / active)
              },
            },
          ]
        : [{ header: 'Prompts Submitted', field: 'promptsSubmitted', kind: 'count', value: promptsOf }]
  const refresh: Column<CopilotCountsRow> = refreshDateColumn()
  const reportDate: Column<CopilotCountsRow> = reportDateColumn()
  const periods = COPILOT_PERIODS[version]
  return {
    name,
    summary:
      kind === 'summary'
        ? 'Enabled and active Copilot users per app over the period'
        : 'Enabled and active Copilot users per app, each day of the period',
    jsonType: kind === 'summary' ? 'copilotUserCountSummary' : 'copilotUserCountTrend',
    home: 'copilot',
    reportVersion: version,
    periods,
    acceptsDate: false,
    // One item: the refresh date and an object per period (the summary); an item per period with an
    // object per day (the trend), as the reference's samples nest them (spec §1.18).
    nested:
      kind === 'summary'
        ? { key: 'adoptionByProduct', outer: ['reportRefreshDate'], per: 'report', style: 'newer' }
        : { key: 'adoptionByDate', outer: ['reportRefreshDate', 'reportPeriod'], per: 'period', style: 'newer' },
    // The summary names its period second, the trend last (spec §1.18).
    columns:
      kind === 'summary'
        ? [refresh, period, ...pairs, ...prompts]
        : [refresh, reportDate, ...pairs, ...prompts, period],
    rows: (request) => copilotCountRows(request, name, surfaces, kind === 'trend', periods),
  }
}

function pairColumns(surface: CopilotSurface, index: number, count: number): Column<CopilotCountsRow>[] {
  return [
    {
      header: `${surface.label} Enabled Users`,
      field: `${surface.field}EnabledUsers`,
      kind: 'count',
      value: (row) => row.numbers[index] as number,
    },
    {
      header: `${surface.label} Active Users`,
      field: `${surface.field}ActiveUsers`,
      kind: 'count',
      value: (row) => row.numbers[count + index] as number,
    },
  ]
}

/** The rows of each period asked for in turn: one for the summary, one a day for the trend. */
function* copilotCountRows(
  request: ReportRequest,
  name: string,
  surfaces: readonly CopilotSurface[],
  perDay: boolean,
  supported: readonly Period[],
) {
  const { tenant } = request
  const { refreshDate } = copilotWindow(request, name)
  const lanes = 2 * surfaces.length + 1
  for (const period of copilotPeriods(request, name, supported)) {
    const from = refreshDate - period + 1
    const add = addCopilotUser(tenant.firstDay, surfaces, from, refreshDate, perDay)
    const tally = yield* tallyDays(tenant, perDay ? period : 1, lanes, add)
    // The trend runs from the newest day back, as the other daily reports do.
    yield* newestFirst(tally, perDay ? from : refreshDate, lanes, (reportDate, numbers) => ({
      refreshDate,
      reportDate,
      period,
      numbers,
    }))
  }
}
