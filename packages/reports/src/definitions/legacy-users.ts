import { SERVICE_LABELS } from '@fake-graph/tenant'
import { type CountsRow, countsColumns } from '../counts-columns'
import type { ReportDefinition } from '../report-definition'
import { LEGACY_SERVICES } from './labels'
import { office365ActiveUserCounts } from './office365-active-user-counts'

/**
 * The seed form's `Office365ActiveUsers(view='Users')`: the daily counts without Teams, under
 * the headers a 2017 client recorded (docs/graph-reports.md §2.5, LOW-MED). "Office 365" still counts every
 * active user, so its rows equal the current counts report's.
 */
export const legacyUsers: ReportDefinition<CountsRow> = {
  name: 'Office365ActiveUsers',
  summary: "The seed's Users view: daily active users per service",
  view: 'Users',
  acceptsDate: false,
  columns: countsColumns(LEGACY_SERVICES, SERVICE_LABELS, {
    refreshDate: 'Data as of',
    reportDate: 'Last activity date(UTC)',
    reportPeriod: 'Reporting period in days',
  }),
  rows: office365ActiveUserCounts.rows,
}
