import { SKYPE_ACTIONS, SKYPE_MODEL } from '@fake-graph/tenant'
import { skypeSessionActions } from '../skype-modalities'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessPeerToPeerActivityUserCounts`: per day and modality, the users with a peer-to-peer session of that modality. */
export const skypeForBusinessPeerToPeerActivityUserCounts = workloadCountsReport({
  name: 'getSkypeForBusinessPeerToPeerActivityUserCounts',
  summary: 'Daily Skype for Business users with a peer-to-peer session of each modality',
  jsonType: 'skypeForBusinessPeerToPeerActivityUserCounts',
  actions: skypeSessionActions('peerToPeer'),
  lanes: SKYPE_ACTIONS.length,
  count: workloadUsers(SKYPE_MODEL),
  reportDatePlace: 'datesFirst',
})
