import { SKYPE_ACTIONS, SKYPE_MODEL } from '@fake-graph/tenant'
import { skypeSessionActions } from '../skype-modalities'
import { workloadSums } from '../workload-activity'
import { workloadCountsReport } from '../workload-counts-report'

/** `getSkypeForBusinessParticipantActivityCounts`: per day and modality, the conferences joined; Report Period third. */
export const skypeForBusinessParticipantActivityCounts = workloadCountsReport({
  name: 'getSkypeForBusinessParticipantActivityCounts',
  summary: 'Daily Skype for Business conferences joined, by modality',
  jsonType: 'skypeForBusinessParticipantActivityCounts',
  actions: skypeSessionActions('participant'),
  lanes: SKYPE_ACTIONS.length,
  count: workloadSums(SKYPE_MODEL),
  reportDatePlace: 'datesFirst',
})
