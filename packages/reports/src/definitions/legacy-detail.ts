import { detailColumns } from '../detail-columns'
import { type DetailRow, detailRows } from '../detail-rows'
import type { ReportDefinition } from '../report-definition'
import { LEGACY_DETAIL_LABELS, LEGACY_SERVICES } from './labels'

/** The seed form's `Office365ActiveUsers(view='Detail')`: 21 columns, typos as published (docs/graph-reports.md §2.5). */
export const legacyDetail: ReportDefinition<DetailRow> = {
  name: 'Office365ActiveUsers',
  summary: "The seed's Detail view: every user with last activity dates",
  view: 'Detail',
  acceptsDate: true,
  columns: detailColumns(LEGACY_SERVICES, LEGACY_DETAIL_LABELS, {
    refreshDate: 'Data as of',
    userPrincipalName: 'User principal name',
    displayName: 'DisplayName',
    isDeleted: 'Deleted',
    deletedDate: 'Deleted date',
    hasLicense: (label) => `License For ${label}`,
    lastActivityDate: (label) => `Last Activity Date For ${label}`,
    licenseAssignDate: (label) => `License Assigned Date For ${label}`,
    assignedProducts: 'Products assigned',
  }),
  rows: detailRows,
  position: (row) => row.index,
}
