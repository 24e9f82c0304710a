import { ONEDRIVE_MODEL } from '@fake-graph/tenant'
import { ONEDRIVE_DAY_ACTIONS } from '../onedrive-activity'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getOneDriveActivityUserCounts`: per day and action, the users who did it to at least one file. */
export const oneDriveActivityUserCounts = workloadCountsReport({
  name: 'getOneDriveActivityUserCounts',
  summary: 'Daily users per OneDrive file action',
  jsonType: 'siteActivitySummary',
  actions: ONEDRIVE_DAY_ACTIONS,
  lanes: ONEDRIVE_MODEL.lanes,
  count: workloadUsers(ONEDRIVE_MODEL),
})
