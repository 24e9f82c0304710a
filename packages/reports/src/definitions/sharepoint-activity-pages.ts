import { SHAREPOINT_MODEL } from '@fake-graph/tenant'
import { SHAREPOINT_PAGE_ACTIONS } from '../sharepoint-activity'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSharePointActivityPages`: per day, the pages visited, summed over users [I]. */
export const sharePointActivityPages = workloadCountsReport({
  name: 'getSharePointActivityPages',
  summary: 'Daily SharePoint pages visited',
  jsonType: 'sharePointActivityPages',
  actions: SHAREPOINT_PAGE_ACTIONS,
  lanes: SHAREPOINT_MODEL.lanes,
  count: workloadSums(SHAREPOINT_MODEL),
})
