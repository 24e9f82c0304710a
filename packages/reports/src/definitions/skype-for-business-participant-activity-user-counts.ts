import { SKYPE_ACTIONS, SKYPE_MODEL } from '@fake-graph/tenant'
import { skypeSessionActions } from '../skype-modalities'
import { workloadUsers } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessParticipantActivityUserCounts`: per day and modality, the users who joined a conference of that modality. */
export const skypeForBusinessParticipantActivityUserCounts = workloadCountsReport({
  name: 'getSkypeForBusinessParticipantActivityUserCounts',
  summary: 'Daily Skype for Business users who joined a conference of each modality',
  jsonType: 'skypeForBusinessParticipantActivityUserCounts',
  actions: skypeSessionActions('participant'),
  lanes: SKYPE_ACTIONS.length,
  count: workloadUsers(SKYPE_MODEL),
  reportDatePlace: 'datesFirst',
})
