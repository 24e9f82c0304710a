import { ACTIVATION_DEVICES } from '@fake-graph/tenant'
import type { Column } from '../column'
import { type ActivationTotals, activationTotals } from '../office-activations'
import type { ReportDefinition } from '../report-definition'
import { refreshDateColumn } from '../standard-columns'

/** This report's devices, in its own column order, which is not the Detail's (spec §1.2). */
const DEVICES = [
  ['Windows', 'windows'],
  ['Mac', 'mac'],
  ['Android', 'android'],
  ['iOS', 'ios'],
  ['Windows 10 Mobile', 'windows10Mobile'],
] as const

/** `getOffice365ActivationCounts`: per product type, the devices activated on each platform, over all users. */
export const office365ActivationCounts: ReportDefinition<ActivationTotals> = {
  name: 'getOffice365ActivationCounts',
  summary: 'Devices activated per product type and platform',
  jsonType: 'office365ActivationCounts',
  acceptsDate: false,
  takesNoParameters: true,
  columns: [
    refreshDateColumn(),
    { header: 'Product Type', field: 'productType', kind: 'text', value: (row) => row.productType },
    ...DEVICES.map(([header, field]): Column<ActivationTotals> => {
      const device = ACTIVATION_DEVICES.indexOf(field)
      return { header, field, kind: 'count', value: (row) => row.devices[device] as number }
    }),
  ],
  rows: (request) => activationTotals(request),
}
