import { SKYPE_DEVICES } from '@fake-graph/tenant'
import { SKYPE_DEVICE_DAY_ACTIONS, skypeDeviceDays } from '../skype-devices'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessDeviceUsageUserCounts`: per day and device, the users who ran Skype for Business on it. */
export const skypeForBusinessDeviceUsageUserCounts = workloadCountsReport({
  name: 'getSkypeForBusinessDeviceUsageUserCounts',
  summary: 'Daily Skype for Business users per device',
  jsonType: 'skypeForBusinessDeviceUsageUserCounts',
  actions: SKYPE_DEVICE_DAY_ACTIONS,
  lanes: SKYPE_DEVICES.length,
  count: skypeDeviceDays,
})
