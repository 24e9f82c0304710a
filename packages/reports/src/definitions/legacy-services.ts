import type { ReportDefinition } from '../report-definition'
import type { ServiceTotals } from '../service-totals'
import { servicesColumns } from '../services-columns'
import { LEGACY_SERVICES, LEGACY_SERVICES_LABELS } from './labels'
import { office365ServicesUserCounts } from './office365-services-user-counts'

/** The seed form's `Office365ActiveUsers(view='Services')` (docs/graph-reports.md §2.5, LOW-MED): no Teams, no Office 365. */
export const legacyServices: ReportDefinition<ServiceTotals> = {
  name: 'Office365ActiveUsers',
  summary: "The seed's Services view: active and inactive users per service",
  view: 'Services',
  acceptsDate: false,
  columns: servicesColumns(LEGACY_SERVICES, LEGACY_SERVICES_LABELS, {
    refreshDate: 'Data as of',
    active: (label) => `${label}Active`,
    inactive: (label) => `${label}InActive`,
    office365: false,
    reportPeriod: 'Reporting period in days',
  }),
  rows: office365ServicesUserCounts.rows,
}
