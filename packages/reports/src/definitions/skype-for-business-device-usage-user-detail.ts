import { SKYPE_MODEL } from '@fake-graph/tenant'
import { SKYPE_DEVICE_DETAIL_ACTIONS, skypeDeviceTotals } from '../skype-devices'
import { workloadDetailReport } from '../workload-detail-report'

/** `getSkypeForBusinessDeviceUsageUserDetail`: the active-users Detail's users, with the devices they ran Skype for Business on, Yes or No; no deletion, name or products columns. */
export const skypeForBusinessDeviceUsageUserDetail = workloadDetailReport({
  name: 'getSkypeForBusinessDeviceUsageUserDetail',
  summary: 'Skype for Business device Detail, every licensed user with Yes/No per device',
  jsonType: 'skypeForBusinessDeviceUsageUserDetail',
  model: SKYPE_MODEL,
  actions: SKYPE_DEVICE_DETAIL_ACTIONS,
  displayName: false,
  deletion: 'none',
  assignedProducts: false,
  totals: skypeDeviceTotals,
})
