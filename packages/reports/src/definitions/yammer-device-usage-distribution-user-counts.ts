import { workloadDistributionReport } from '../workload-distribution-report'
import { YAMMER_DEVICE_DAY_ACTIONS, yammerDeviceTotals } from '../yammer-devices'

/** `getYammerDeviceUsageDistributionUserCounts`: per device, the users who read Viva Engage on it in the period. */
export const yammerDeviceUsageDistributionUserCounts = workloadDistributionReport({
  name: 'getYammerDeviceUsageDistributionUserCounts',
  summary: 'Viva Engage users per device over the period, one row',
  jsonType: 'yammerDeviceUsageDistributionUserCounts',
  actions: YAMMER_DEVICE_DAY_ACTIONS,
  totals: yammerDeviceTotals,
})
