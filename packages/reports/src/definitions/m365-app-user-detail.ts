import { APP_MASKS, PLATFORM_MASKS } from '@fake-graph/tenant'
import type { Column } from '../column'
import { APP_LABELS, appField, PAIR_COLUMNS, PLATFORM_LABELS } from '../office-apps'
import { type AppsDetailRow, appsDetailRows, usedAny } from '../office-apps-detail'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn, reportPeriodColumn } from '../standard-columns'

const yesNo = (header: string, field: string, mask: number): Column<AppsDetailRow> => ({
  header,
  field,
  kind: 'yesNo',
  value: (row) => usedAny(row, mask),
})

/**
 * `getM365AppUserDetail`: per user of the suite, the platforms, the apps, and each app on each
 * platform used in the period, with Report Period early in the row (spec §1.14). JSON on v1.0 and
 * beta nests the period's values under `details`.
 */
export const m365AppUserDetail: ReportDefinition<AppsDetailRow> = {
  name: 'getM365AppUserDetail',
  summary: 'Microsoft 365 Apps Detail, Yes/No per app and platform',
  jsonType: 'm365AppUserDetail',
  jsonOnV1: true,
  nested: {
    key: 'details',
    outer: ['reportRefreshDate', 'userPrincipalName', 'lastActivationDate', 'lastActivityDate'],
    per: 'row',
    style: 'newer',
  },
  acceptsDate: true,
  columns: [
    refreshDateColumn(),
    { header: 'User Principal Name', field: 'userPrincipalName', kind: 'text', value: (row) => row.userPrincipalName },
    {
      header: 'Last Activation Date',
      field: 'lastActivationDate',
      kind: 'date',
      value: (row) => row.lastActivationDate,
    },
    { header: 'Last Activity Date', field: 'lastActivityDate', kind: 'date', value: (row) => row.appsLastActivityDate },
    reportPeriodColumn(),
    ...PLATFORM_LABELS.map((label, platform) => yesNo(label, appField(label), PLATFORM_MASKS[platform] as number)),
    ...APP_LABELS.map((label, app) => yesNo(label, appField(label), APP_MASKS[app] as number)),
    ...PAIR_COLUMNS.map(({ header, field, mask }) => yesNo(header, field, mask)),
  ],
  rows: (request, from) => appsDetailRows(request, from),
  position: (row) => row.index,
}
