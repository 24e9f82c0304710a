import { SERVICE_LABELS } from '@fake-graph/tenant'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'
import { type ServiceTotals, tallyServiceTotals } from '../service-totals'
import { servicesColumns } from '../services-columns'
import { CURRENT_SERVICES } from './labels'

/** `getOffice365ServicesUserCounts`: one row of active/inactive users per service (docs/graph-reports.md §2.3). */
export const office365ServicesUserCounts: ReportDefinition<ServiceTotals> = {
  name: 'getOffice365ServicesUserCounts',
  summary: 'Active and inactive users per service',
  jsonType: 'office365ServicesUserCounts',
  acceptsDate: false,
  columns: servicesColumns(CURRENT_SERVICES, SERVICE_LABELS, {
    refreshDate: 'Report Refresh Date',
    active: (label) => `${label} Active`,
    inactive: (label) => `${label} Inactive`,
    office365: true,
    reportPeriod: 'Report Period',
  }),
  rows: function* (request) {
    yield yield* tallyServiceTotals(request, periodOf('getOffice365ServicesUserCounts', request.selection))
  },
}
