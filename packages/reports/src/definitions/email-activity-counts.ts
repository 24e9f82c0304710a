import { EMAIL_MODEL } from '@fake-graph/tenant'
import { EMAIL_DAY_ACTIONS } from '../email-activity'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getEmailActivityCounts`: per day, the mail sent, received and read and the meetings, over all users. */
export const emailActivityCounts = workloadCountsReport({
  name: 'getEmailActivityCounts',
  summary: 'Daily mail sent, received, read and meetings',
  jsonType: 'emailActivitySummary',
  actions: EMAIL_DAY_ACTIONS,
  lanes: EMAIL_MODEL.lanes,
  count: workloadSums(EMAIL_MODEL),
})
