import { ONEDRIVE_MODEL } from '@fake-graph/tenant'
import { ONEDRIVE_DAY_ACTIONS } from '../onedrive-activity'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getOneDriveActivityFileCounts`: per day and action, the files acted on, summed over users [I]. */
export const oneDriveActivityFileCounts = workloadCountsReport({
  name: 'getOneDriveActivityFileCounts',
  summary: 'Daily files per OneDrive file action',
  jsonType: 'siteActivitySummary',
  actions: ONEDRIVE_DAY_ACTIONS,
  lanes: ONEDRIVE_MODEL.lanes,
  count: workloadSums(ONEDRIVE_MODEL),
})
