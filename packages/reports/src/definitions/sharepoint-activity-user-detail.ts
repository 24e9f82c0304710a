import { SHAREPOINT_MODEL } from '@fake-graph/tenant'
import { SHAREPOINT_DETAIL_ACTIONS } from '../sharepoint-activity'
import { workloadDetailReport } from '../workload-detail-report'

/** `getSharePointActivityUserDetail`: the active-users Detail's users, with their SharePoint last activity, file and page counts; no Display Name. */
export const sharePointActivityUserDetail = workloadDetailReport({
  name: 'getSharePointActivityUserDetail',
  summary: 'SharePoint Detail, every licensed user with file and page counts',
  jsonType: 'sharePointActivityUserDetail',
  model: SHAREPOINT_MODEL,
  actions: SHAREPOINT_DETAIL_ACTIONS,
  displayName: false,
})
