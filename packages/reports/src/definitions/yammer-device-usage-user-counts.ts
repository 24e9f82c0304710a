import { YAMMER_DEVICES } from '@fake-graph/tenant'
import { workloadCountsReport } from '../workload-counts-report'
import { YAMMER_DEVICE_DAY_ACTIONS, yammerDeviceDays } from '../yammer-devices'

/** `getYammerDeviceUsageUserCounts`: per day and device, the users who read Viva Engage on it. */
export const yammerDeviceUsageUserCounts = workloadCountsReport({
  name: 'getYammerDeviceUsageUserCounts',
  summary: 'Daily Viva Engage users per device',
  jsonType: 'yammerDeviceUsageUserCounts',
  actions: YAMMER_DEVICE_DAY_ACTIONS,
  lanes: YAMMER_DEVICES.length,
  count: yammerDeviceDays,
})
