import { YAMMER_MODEL } from '@fake-graph/tenant'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'
import { YAMMER_DAY_ACTIONS } from '../yammer-activity'

/** `getYammerActivityUserCounts`: per day and action, the users who liked, posted or read at least once. */
export const yammerActivityUserCounts = workloadCountsReport({
  name: 'getYammerActivityUserCounts',
  summary: 'Daily users who liked, posted or read Viva Engage messages',
  jsonType: 'yammerActivitySummary',
  actions: YAMMER_DAY_ACTIONS,
  lanes: YAMMER_MODEL.lanes,
  count: workloadUsers(YAMMER_MODEL),
})
