import { YAMMER_MODEL } from '@fake-graph/tenant'
import { workloadDetailReport } from '../workload-detail-report'
import { YAMMER_DETAIL_ACTIONS } from '../yammer-activity'

/** `getYammerActivityUserDetail`: the active-users Detail's users, with their Yammer last activity and posts, reads and likes; User State for deletion. */
export const yammerActivityUserDetail = workloadDetailReport({
  name: 'getYammerActivityUserDetail',
  summary: 'Viva Engage Detail, every licensed user with posts, reads and likes',
  jsonType: 'yammerActivityUserDetail',
  model: YAMMER_MODEL,
  actions: YAMMER_DETAIL_ACTIONS,
  displayName: true,
  deletion: 'userState',
})
