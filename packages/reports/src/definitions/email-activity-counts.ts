import { EMAIL_ACTIONS } from '@fake-graph/tenant'
import { EMAIL_DAY_ACTIONS, emailSums } from '../email-activity'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'
import { tallyWorkloadDays, type WorkloadDay, workloadDayColumns } from '../workload-counts'

/** `getEmailActivityCounts`: per day, the mail sent, received and read and the meetings, over all users (docs/usage-reports.md §1). */
export const emailActivityCounts: ReportDefinition<WorkloadDay> = {
  name: 'getEmailActivityCounts',
  jsonType: 'emailActivitySummary',
  acceptsDate: false,
  columns: workloadDayColumns(EMAIL_DAY_ACTIONS),
  rows: function* (request) {
    const period = periodOf('getEmailActivityCounts', request.selection)
    yield* yield* tallyWorkloadDays(request, period, EMAIL_ACTIONS.length, emailSums(request.tenant))
  },
}
