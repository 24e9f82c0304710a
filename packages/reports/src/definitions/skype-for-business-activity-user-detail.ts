import { SKYPE_MODEL } from '@fake-graph/tenant'
import { SKYPE_DETAIL_ACTIONS, skypeTotals } from '../skype-activity'
import { workloadDetailReport } from '../workload-detail-report'

/** `getSkypeForBusinessActivityUserDetail`: the active-users Detail's users, with their sessions, conferences and minutes; no Display Name. */
export const skypeForBusinessActivityUserDetail = workloadDetailReport({
  name: 'getSkypeForBusinessActivityUserDetail',
  summary: 'Skype for Business Detail, every licensed user with sessions, conferences and minutes',
  jsonType: 'skypeForBusinessActivityUserDetail',
  model: SKYPE_MODEL,
  actions: SKYPE_DETAIL_ACTIONS,
  displayName: false,
  totals: skypeTotals,
})
