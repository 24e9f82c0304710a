import type { Column } from './column'
import { type CopilotUserRow, copilotUserRows } from './copilot-rows'
import { COPILOT_PERIODS, type CopilotVersion, DETAIL_APPS, DETAIL_V2_APPS, PROMPT_SURFACES } from './copilot-surfaces'
import type { ReportDefinition } from './report-definition'
import { refreshDateColumn, reportPeriodColumn } from './standard-columns'

const NAME = 'getMicrosoft365CopilotUsageUserDetail'
/** The JSON fields that are the period's own, nested under it: the rest are the user's (spec §1.18). */
const PER_PERIOD = [
  'reportPeriod',
  ...PROMPT_SURFACES.map((surface) => `${surface.field}PromptsSubmitted`),
  'activeUsageDays',
]

/**
 * `getMicrosoft365CopilotUsageUserDetail`: each Copilot-licensed user's last use of Copilot, per
 * app. Version `v2` adds prompt counts, active days and the newer surfaces before Report Period;
 * their order there is the fake's choice (docs/usage-reports.md §12).
 */
export function copilotDetailReport(version: CopilotVersion): ReportDefinition<CopilotUserRow> {
  const v2 = version === 'v2'
  const lastUse = v2 ? [...DETAIL_APPS, ...DETAIL_V2_APPS] : DETAIL_APPS
  const prompts = v2 ? PROMPT_SURFACES : []
  const lastUseColumn = (index: number, label: string, field: string): Column<CopilotUserRow> => ({
    header: `${label} Last Activity Date`,
    field: `${field}LastActivityDate`,
    kind: 'date',
    value: (row) => row.lastUse[index] ?? null,
  })
  const appColumns = DETAIL_APPS.map((surface, index) =>
    // Copilot Chat is named alone; every other app is "<app> Copilot" (spec §1.18).
    index === 0
      ? lastUseColumn(index, surface.label, surface.field)
      : lastUseColumn(index, `${surface.label} Copilot`, `${surface.field}Copilot`),
  )
  const v2Columns: Column<CopilotUserRow>[] = v2
    ? [
        ...PROMPT_SURFACES.map(
          (surface, index): Column<CopilotUserRow> => ({
            header: `Prompts submitted for ${index === 0 ? 'all apps' : surface.label}`,
            field: `${surface.field}PromptsSubmitted`,
            kind: 'count',
            value: (row) => row.prompts[index] as number,
          }),
        ),
        {
          header: 'Active Usage Days for all apps',
          field: 'activeUsageDays',
          kind: 'count',
          value: (row) => row.activeDays,
        },
        ...DETAIL_V2_APPS.map((surface, index) =>
          lastUseColumn(DETAIL_APPS.length + index, surface.label, surface.field),
        ),
      ]
    : []
  const columns: Column<CopilotUserRow>[] = [
    refreshDateColumn(),
    { header: 'User Principal Name', field: 'userPrincipalName', kind: 'text', value: (row) => row.userPrincipalName },
    { header: 'Display Name', field: 'displayName', kind: 'text', value: (row) => row.displayName },
    { header: 'Last Activity Date', field: 'lastActivityDate', kind: 'date', value: (row) => row.lastActivityDate },
    ...appColumns,
    ...v2Columns,
    reportPeriodColumn(),
  ]
  const periods = COPILOT_PERIODS[version]
  return {
    name: NAME,
    summary: "Each Copilot-licensed user's last use of Copilot per app",
    jsonType: 'copilotUsageUserDetail',
    home: 'copilot',
    reportVersion: version,
    periods,
    acceptsDate: false,
    columns,
    nested: {
      // The period's own numbers nest under it; the last-use dates, as of the refresh date, do not (spec §1.18).
      key: 'copilotActivityUserDetailsByPeriod',
      outer: columns.filter((column) => !PER_PERIOD.includes(column.field)).map((column) => column.field),
      per: 'user',
      style: 'newer',
    },
    rows: (request, from) => copilotUserRows(request, NAME, { lastUse, prompts, periods }, from),
    position: (row) => row.index,
  }
}
