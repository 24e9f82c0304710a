import { SKYPE_MODEL } from '@fake-graph/tenant'
import { SKYPE_DAY_ACTIONS, SKYPE_DAY_GROUPS } from '../skype-activity'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessActivityUserCounts`: per day, the users with a peer-to-peer session, and who organised or joined a conference. */
export const skypeForBusinessActivityUserCounts = workloadCountsReport({
  name: 'getSkypeForBusinessActivityUserCounts',
  summary: 'Daily Skype for Business users with a peer-to-peer session, or who organised or joined a conference',
  jsonType: 'skypeForBusinessActivityUserCounts',
  actions: SKYPE_DAY_ACTIONS,
  lanes: SKYPE_DAY_GROUPS.length,
  count: workloadUsers(SKYPE_MODEL, SKYPE_DAY_GROUPS),
  reportDatePlace: 'datesFirst',
})
