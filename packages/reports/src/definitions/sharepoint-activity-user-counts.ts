import { SHAREPOINT_MODEL } from '@fake-graph/tenant'
import { SHAREPOINT_USER_ACTIONS } from '../sharepoint-activity'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSharePointActivityUserCounts`: per day, the users who visited a page, and who did each file action. */
export const sharePointActivityUserCounts = workloadCountsReport({
  name: 'getSharePointActivityUserCounts',
  summary: 'Daily users who visited a page or did each SharePoint file action',
  jsonType: 'sharePointActivityUserCounts',
  actions: SHAREPOINT_USER_ACTIONS,
  lanes: SHAREPOINT_MODEL.lanes,
  count: workloadUsers(SHAREPOINT_MODEL),
})
