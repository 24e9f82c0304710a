import { ACTIVATION_DEVICES } from '@fake-graph/tenant'
import type { Column } from '../column'
import { type ActivationRow, activationRows } from '../office-activations'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn } from '../standard-columns'

/** The devices as the Detail heads them, in `ACTIVATION_DEVICES` order (spec §1.2). */
const DEVICE_LABELS = ['Windows', 'Mac', 'Windows 10 Mobile', 'iOS', 'Android']

/**
 * `getOffice365ActivationsUserDetail`: one row per user and product type, with the devices
 * activated on each platform. Beta JSON nests a user's product types under `userActivationCounts`.
 */
export const office365ActivationsUserDetail: ReportDefinition<ActivationRow> = {
  name: 'getOffice365ActivationsUserDetail',
  summary: 'Office activations per user and product type',
  jsonType: 'office365ActivationsUserDetail',
  nested: {
    key: 'userActivationCounts',
    outer: ['reportRefreshDate', 'userPrincipalName', 'displayName'],
    per: 'user',
    style: 'older',
  },
  acceptsDate: false,
  takesNoParameters: true,
  columns: [
    refreshDateColumn(),
    { header: 'User Principal Name', field: 'userPrincipalName', kind: 'text', value: (row) => row.userPrincipalName },
    { header: 'Display Name', field: 'displayName', kind: 'text', value: (row) => row.displayName },
    { header: 'Product Type', field: 'productType', kind: 'text', value: (row) => row.activation.productType },
    {
      header: 'Last Activated Date',
      field: 'lastActivatedDate',
      kind: 'date',
      value: (row) => row.activation.lastActivatedDate,
    },
    ...ACTIVATION_DEVICES.map(
      (field, device): Column<ActivationRow> => ({
        header: DEVICE_LABELS[device] as string,
        field,
        kind: 'count',
        value: (row) => row.activation.devices[device] as number,
      }),
    ),
    {
      header: 'Activated On Shared Computer',
      field: 'activatedOnSharedComputer',
      kind: 'bool',
      value: (row) => row.activation.sharedComputer,
    },
  ],
  rows: (request) => activationRows(request),
}
