import { SERVICE_LABELS } from '@fake-graph/tenant'
import { detailColumns } from '../detail-columns'
import { type DetailRow, detailRows } from '../detail-rows'
import type { ReportDefinition } from '../report-definition'
import { CURRENT_SERVICES } from './labels'

/** `getOffice365ActiveUserDetail`: 24 columns, no Report Period (docs/graph-reports.md §2.1). */
export const office365ActiveUserDetail: ReportDefinition<DetailRow> = {
  name: 'getOffice365ActiveUserDetail',
  summary: 'Detail, every licensed user with last activity dates',
  jsonType: 'office365ActiveUserDetail',
  acceptsDate: true,
  columns: detailColumns(CURRENT_SERVICES, SERVICE_LABELS, {
    refreshDate: 'Report Refresh Date',
    userPrincipalName: 'User Principal Name',
    displayName: 'Display Name',
    isDeleted: 'Is Deleted',
    deletedDate: 'Deleted Date',
    hasLicense: (label) => `Has ${label} License`,
    lastActivityDate: (label) => `${label} Last Activity Date`,
    licenseAssignDate: (label) => `${label} License Assign Date`,
    assignedProducts: 'Assigned Products',
  }),
  rows: detailRows,
  position: (row) => row.index,
}
