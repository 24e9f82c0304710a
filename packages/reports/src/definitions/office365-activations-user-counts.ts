import { type ActivationTotals, activationTotals } from '../office-activations'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn } from '../standard-columns'

/** `getOffice365ActivationsUserCounts`: per product type, the users assigned it, those who activated it, and those on a shared computer. */
export const office365ActivationsUserCounts: ReportDefinition<ActivationTotals> = {
  name: 'getOffice365ActivationsUserCounts',
  summary: 'Users assigned, activated and on a shared computer per product type',
  jsonType: 'office365ActivationsUserCounts',
  acceptsDate: false,
  takesNoParameters: true,
  columns: [
    refreshDateColumn(),
    { header: 'Product Type', field: 'productType', kind: 'text', value: (row) => row.productType },
    { header: 'Assigned', field: 'assigned', kind: 'count', value: (row) => row.assigned },
    { header: 'Activated', field: 'activated', kind: 'count', value: (row) => row.activated },
    {
      header: 'Shared Computer Activation',
      field: 'sharedComputerActivation',
      kind: 'count',
      value: (row) => row.sharedComputer,
    },
  ],
  rows: (request) => activationTotals(request),
}
