import { YAMMER_MODEL } from '@fake-graph/tenant'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'
import { YAMMER_DAY_ACTIONS } from '../yammer-activity'

/** `getYammerActivityCounts`: per day, the messages liked, posted and read over all users. */
export const yammerActivityCounts = workloadCountsReport({
  name: 'getYammerActivityCounts',
  summary: 'Daily Viva Engage messages liked, posted and read',
  jsonType: 'yammerActivitySummary',
  actions: YAMMER_DAY_ACTIONS,
  lanes: YAMMER_MODEL.lanes,
  count: workloadSums(YAMMER_MODEL),
})
