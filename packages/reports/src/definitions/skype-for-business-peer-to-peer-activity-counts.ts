import { SKYPE_ACTIONS, SKYPE_MODEL } from '@fake-graph/tenant'
import { skypeSessionActions } from '../skype-modalities'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessPeerToPeerActivityCounts`: per day and modality, the sessions peer-to-peer; Report Period third. */
export const skypeForBusinessPeerToPeerActivityCounts = workloadCountsReport({
  name: 'getSkypeForBusinessPeerToPeerActivityCounts',
  summary: 'Daily Skype for Business peer-to-peer sessions by modality',
  jsonType: 'skypeForBusinessPeerToPeerActivityCounts',
  actions: skypeSessionActions('peerToPeer'),
  lanes: SKYPE_ACTIONS.length,
  count: workloadSums(SKYPE_MODEL),
  reportDatePlace: 'datesFirst',
})
