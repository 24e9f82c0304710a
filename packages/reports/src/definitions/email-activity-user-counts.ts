import { EMAIL_ACTIONS } from '@fake-graph/tenant'
import { EMAIL_DAY_ACTIONS, emailUsers } from '../email-activity'
import { periodOf } from '../period-of'
import type { ReportDefinition } from '../report-definition'
import { tallyWorkloadDays, type WorkloadDay, workloadDayColumns } from '../workload-counts'

/** `getEmailActivityUserCounts`: per day and action, the users who did it at least once (docs/usage-reports.md §1). */
export const emailActivityUserCounts: ReportDefinition<WorkloadDay> = {
  name: 'getEmailActivityUserCounts',
  jsonType: 'emailActivitySummary',
  acceptsDate: false,
  columns: workloadDayColumns(EMAIL_DAY_ACTIONS),
  rows: function* (request) {
    const period = periodOf('getEmailActivityUserCounts', request.selection)
    yield* yield* tallyWorkloadDays(request, period, EMAIL_ACTIONS.length, emailUsers(request.tenant))
  },
}
