import { SKYPE_DEVICE_DAY_ACTIONS, skypeDeviceTotals } from '../skype-devices'
import { workloadDistributionReport } from '../workload-distribution-report'

/** `getSkypeForBusinessDeviceUsageDistributionUserCounts`: per device, the users who ran Skype for Business on it in the period. */
export const skypeForBusinessDeviceUsageDistributionUserCounts = workloadDistributionReport({
  name: 'getSkypeForBusinessDeviceUsageDistributionUserCounts',
  summary: 'Skype for Business users per device over the period, one row',
  jsonType: 'skypeForBusinessDeviceUsageDistributionUserCounts',
  actions: SKYPE_DEVICE_DAY_ACTIONS,
  totals: skypeDeviceTotals,
})
