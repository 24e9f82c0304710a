import { EMAIL_MODEL } from '@fake-graph/tenant'
import { EMAIL_DETAIL_ACTIONS } from '../email-activity'
import { workloadDetailReport } from '../workload-detail-report'

/** `getEmailActivityUserDetail`: the active-users Detail's users, with their Exchange last activity and mail counts. */
export const emailActivityUserDetail = workloadDetailReport({
  name: 'getEmailActivityUserDetail',
  summary: 'Email Detail, every licensed user with mail and meeting counts',
  jsonType: 'emailActivityUserDetail',
  model: EMAIL_MODEL,
  actions: EMAIL_DETAIL_ACTIONS,
  displayName: true,
})
