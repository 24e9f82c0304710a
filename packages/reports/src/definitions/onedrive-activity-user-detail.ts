import { ONEDRIVE_MODEL } from '@fake-graph/tenant'
import { ONEDRIVE_DETAIL_ACTIONS } from '../onedrive-activity'
import { workloadDetailReport } from '../workload-detail-report'

/** `getOneDriveActivityUserDetail`: the active-users Detail's users, with their OneDrive last activity and file counts; no Display Name. */
export const oneDriveActivityUserDetail = workloadDetailReport({
  name: 'getOneDriveActivityUserDetail',
  summary: 'OneDrive Detail, every licensed user with file counts',
  jsonType: 'oneDriveActivityUserDetail',
  model: ONEDRIVE_MODEL,
  actions: ONEDRIVE_DETAIL_ACTIONS,
  displayName: false,
})
