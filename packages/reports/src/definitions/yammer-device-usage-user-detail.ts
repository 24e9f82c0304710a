import { YAMMER_MODEL } from '@fake-graph/tenant'
import { workloadDetailReport } from '../workload-detail-report'
import { YAMMER_DEVICE_DETAIL_ACTIONS, yammerDeviceTotals } from '../yammer-devices'

/** `getYammerDeviceUsageUserDetail`: the active-users Detail's users, with the devices they read Viva Engage on, Yes or No. */
export const yammerDeviceUsageUserDetail = workloadDetailReport({
  name: 'getYammerDeviceUsageUserDetail',
  summary: 'Viva Engage device Detail, every licensed user with the devices used, Yes or No',
  jsonType: 'yammerDeviceUsageUserDetail',
  model: YAMMER_MODEL,
  actions: YAMMER_DEVICE_DETAIL_ACTIONS,
  displayName: true,
  deletion: 'userState',
  assignedProducts: false,
  totals: yammerDeviceTotals,
})
