import { SKYPE_MODEL } from '@fake-graph/tenant'
import { SKYPE_DAY_ACTIONS, SKYPE_DAY_GROUPS } from '../skype-activity'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessActivityCounts`: per day, the peer-to-peer sessions and the conferences organised and joined; Report Period third. */
export const skypeForBusinessActivityCounts = workloadCountsReport({
  name: 'getSkypeForBusinessActivityCounts',
  summary: 'Daily Skype for Business peer-to-peer sessions and conferences organised and joined',
  jsonType: 'skypeForBusinessActivityCounts',
  actions: SKYPE_DAY_ACTIONS,
  lanes: SKYPE_DAY_GROUPS.length,
  count: workloadSums(SKYPE_MODEL, SKYPE_DAY_GROUPS),
  reportDatePlace: 'datesFirst',
})
