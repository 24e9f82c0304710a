import { EMAIL_MODEL } from '@fake-graph/tenant'
import { EMAIL_DAY_ACTIONS } from '../email-activity'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getEmailActivityUserCounts`: per day and action, the users who did it at least once. */
export const emailActivityUserCounts = workloadCountsReport({
  name: 'getEmailActivityUserCounts',
  summary: 'Daily users who sent, received, read mail or took part in meetings',
  jsonType: 'emailActivitySummary',
  actions: EMAIL_DAY_ACTIONS,
  lanes: EMAIL_MODEL.lanes,
  count: workloadUsers(EMAIL_MODEL),
})
