import { SHAREPOINT_MODEL } from '@fake-graph/tenant'
import { SHAREPOINT_FILE_ACTIONS } from '../sharepoint-activity'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSharePointActivityFileCounts`: per day and action, the files acted on in sites, summed over users [I]. */
export const sharePointActivityFileCounts = workloadCountsReport({
  name: 'getSharePointActivityFileCounts',
  summary: 'Daily files per SharePoint file action',
  jsonType: 'siteActivitySummary',
  actions: SHAREPOINT_FILE_ACTIONS,
  lanes: SHAREPOINT_MODEL.lanes,
  count: workloadSums(SHAREPOINT_MODEL),
})
